namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>
/// An award or deduction under a rule that requires review (<see cref="Points.PointsRule.ReviewRequired"/>) enters the
/// ledger only with the review that confirmed it (<see cref="EntryDraft.Review"/>: a confirmed claim, the governance
/// decision behind a civic event, a council's minute).
/// </summary>
public sealed class EntryMustBeReviewedRule : EntryRule
{
    private EntryMustBeReviewedRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.review.required</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.review.required");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static EntryMustBeReviewedRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "the review it needs, when its rule requires one";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var rule = check.Rule!;
        return rule.ReviewRequired && check.Draft.Review is null
            ? RuleViolation.At(Id, check.Path, $"Rule {rule.Id} requires review; the draft names no review (a confirmed claim, a decision, a council's minute).", check.Draft.SourceEventId)
            : null;
    }
}
