namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Declining (不予受理), failing, extending, withdrawing and escalating state a reason.</summary>
public static class ReasonRequiredRule
{
    /// <summary>The rule's stable id: <c>dispute.reason.required</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.reason.required");
}
