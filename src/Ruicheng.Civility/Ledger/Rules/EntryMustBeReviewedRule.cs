namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>
/// An award or deduction under a rule that requires review (<see cref="Points.PointsRule.ReviewRequired"/>) enters the
/// ledger only with the review that confirmed it (<see cref="EntryDraft.Review"/>: a confirmed claim, the governance
/// decision behind a civic event, a council's minute).
/// </summary>
public static class EntryMustBeReviewedRule
{
    /// <summary>The rule's stable id: <c>ledger.review.required</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.review.required");
}
