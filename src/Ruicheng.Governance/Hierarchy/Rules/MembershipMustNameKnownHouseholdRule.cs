namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A resident's membership names a registered household.</summary>
public static class MembershipMustNameKnownHouseholdRule
{
    /// <summary>The rule's stable id: <c>hierarchy.membership.household-unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.membership.household-unknown");
}
