namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A mediator who is a party, or in a party's household, must step aside (回避).</summary>
public static class MediatorMustStepAsideRule
{
    /// <summary>The rule's stable id: <c>dispute.actor.recused</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.actor.recused");
}
