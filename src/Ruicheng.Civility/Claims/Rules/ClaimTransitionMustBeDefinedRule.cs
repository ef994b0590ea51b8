namespace Ruicheng.Civility.Claims.Rules;

/// <summary>A claim command is accepted only in a state that allows it.</summary>
public static class ClaimTransitionMustBeDefinedRule
{
    /// <summary>The rule's stable id: <c>claim.transition.invalid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.transition.invalid");
}
