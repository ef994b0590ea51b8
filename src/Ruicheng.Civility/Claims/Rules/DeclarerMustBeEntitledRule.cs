namespace Ruicheng.Civility.Claims.Rules;

/// <summary>Only a grid worker, a cadre or the resident themself may declare a claim.</summary>
public static class DeclarerMustBeEntitledRule
{
    /// <summary>The rule's stable id: <c>claim.declare.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.declare.actor");
}
