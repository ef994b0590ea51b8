namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A command cannot be dated before the case's last recorded step, nor, while the case has none, before its report.</summary>
public static class CommandsMustBeChronologicalRule
{
    /// <summary>The rule's stable id: <c>dispute.time.out-of-order</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.time.out-of-order");
}
