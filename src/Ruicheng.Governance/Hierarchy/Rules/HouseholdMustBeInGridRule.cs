namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A household is registered in exactly one grid (网格), which must exist.</summary>
public sealed class HouseholdMustBeInGridRule : HierarchyRule
{
    private HouseholdMustBeInGridRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.household.grid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.household.grid");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static HouseholdMustBeInGridRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "registered in a grid of this hierarchy";

    internal override void Check(HierarchyCheck check)
    {
        for (var i = 0; i < check.Households.Count; i++)
        {
            var household = check.Households[i];
            var unit = check.IndexOf(household.Grid);
            if (unit < 0 || check.Units[unit].Kind != UnitKind.Grid)
            {
                var what = unit >= 0 ? $"{check.Units[unit].Name}, a {check.Units[unit].Kind}" : "no unit of this hierarchy";
                check.Add(Id, $"$.households[{check.HouseholdPosition(i)}].grid", $"Household {household.Id} is registered in '{household.Grid}', which is {what}; households belong to a grid.", household.Grid.ToString());
            }
        }
    }
}
