namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A case is opened under a rulebook in force on the day it is reported.</summary>
public static class RulebookMustBeInForceRule
{
    /// <summary>The rule's stable id: <c>dispute.rulebook.not-in-force</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.rulebook.not-in-force");
}
