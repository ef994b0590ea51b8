namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Only the body handling the current tier (by role) may accept, decline, record an agreement or a failure, grant an extension or close.</summary>
public static class OnlyTierHandlerMayActRule
{
    /// <summary>The rule's stable id: <c>dispute.actor.not-handler</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.actor.not-handler");
}
