namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>No two households share an id.</summary>
public sealed class HouseholdIdMustBeUniqueRule : HierarchyRule
{
    private HouseholdIdMustBeUniqueRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.household.duplicate</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.household.duplicate");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static HouseholdIdMustBeUniqueRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a household id used once";

    internal override void Check(HierarchyCheck check)
    {
        var ids = new HashSet<HouseholdId>();
        for (var i = 0; i < check.Households.Count; i++)
        {
            var household = check.Households[i];
            if (!ids.Add(household.Id))
            {
                check.Add(Id, $"$.households[{check.HouseholdPosition(i)}].id", $"Household id '{household.Id}' is used more than once.", household.Id.ToString());
            }
        }
    }
}
