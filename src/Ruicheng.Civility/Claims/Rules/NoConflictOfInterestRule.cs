namespace Ruicheng.Civility.Claims.Rules;

/// <summary>No one may confirm or review a claim whose beneficiary is in their own household (回避).</summary>
public static class NoConflictOfInterestRule
{
    /// <summary>The rule's stable id: <c>claim.conflict-of-interest</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.conflict-of-interest");
}
