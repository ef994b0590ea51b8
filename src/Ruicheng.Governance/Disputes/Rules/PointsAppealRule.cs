namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A case of a points-appeal type (<see cref="DisputeCaseType.AppealsPointsEntry"/>) names the ledger entry it appeals
/// and is decided only by upholding or dismissing the appeal (not by a mediation agreement or failure); no other case
/// type names an entry or is decided that way; a corrected quantity is positive.
/// </summary>
public static class PointsAppealRule
{
    /// <summary>The rule's stable id: <c>governance.points-appeal</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.points-appeal");
}
