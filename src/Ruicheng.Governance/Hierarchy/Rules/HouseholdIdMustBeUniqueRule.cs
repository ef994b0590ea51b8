namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>No two households share an id.</summary>
public static class HouseholdIdMustBeUniqueRule
{
    /// <summary>The rule's stable id: <c>hierarchy.household.duplicate</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.household.duplicate");
}
