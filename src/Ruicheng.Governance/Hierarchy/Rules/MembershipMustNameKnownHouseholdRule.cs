namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A resident's membership names a registered household.</summary>
public sealed class MembershipMustNameKnownHouseholdRule : HierarchyRule
{
    private MembershipMustNameKnownHouseholdRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.membership.household-unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.membership.household-unknown");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static MembershipMustNameKnownHouseholdRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a household of this hierarchy";

    internal override void Check(HierarchyCheck check)
    {
        var households = check.Households.Select(h => h.Id).ToHashSet();
        for (var i = 0; i < check.Memberships.Count; i++)
        {
            var membership = check.Memberships[i];
            if (!households.Contains(membership.Household))
            {
                check.Add(Id, $"$.memberships[{check.MembershipPosition(i)}].household", $"Resident {membership.Resident} is placed in unknown household '{membership.Household}'.", membership.Household.ToString());
            }
        }
    }
}
