namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Only a party may withdraw a case.</summary>
public static class OnlyPartyMayActRule
{
    /// <summary>The rule's stable id: <c>dispute.actor.not-party</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.actor.not-party");
}
