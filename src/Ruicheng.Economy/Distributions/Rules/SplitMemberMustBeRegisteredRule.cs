namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>A party paid to a named member needs that member in the register.</summary>
public static class SplitMemberMustBeRegisteredRule
{
    /// <summary>The rule's stable id: <c>economy.split.member-unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.split.member-unknown");
}
