namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A command is accepted only in a state whose transition table defines it; an invalid transition is never a silent no-op.</summary>
public static class TransitionMustBeDefinedRule
{
    /// <summary>The rule's stable id: <c>dispute.transition.invalid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.transition.invalid");
}
