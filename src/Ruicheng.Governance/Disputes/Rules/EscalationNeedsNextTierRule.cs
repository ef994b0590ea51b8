namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A case escalates to the next tier of its ladder, skipping only tiers the rulebook lets its type skip; there must be such a tier before litigation.</summary>
public static class EscalationNeedsNextTierRule
{
    /// <summary>The rule's stable id: <c>dispute.escalation.no-next-tier</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.escalation.no-next-tier");
}
