namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>An operation names a household that exists.</summary>
public static class HouseholdMustExistRule
{
    /// <summary>The rule's stable id: <c>hierarchy.household.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.household.unknown");
}
