namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A household is registered in exactly one grid (网格), which must exist.</summary>
public static class HouseholdMustBeInGridRule
{
    /// <summary>The rule's stable id: <c>hierarchy.household.grid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.household.grid");
}
