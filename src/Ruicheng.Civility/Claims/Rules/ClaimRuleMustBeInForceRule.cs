namespace Ruicheng.Civility.Claims.Rules;

/// <summary>A claim names a points rule in force on the day of the deed.</summary>
public static class ClaimRuleMustBeInForceRule
{
    /// <summary>The rule's stable id: <c>claim.rule.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.rule.unknown");
}
