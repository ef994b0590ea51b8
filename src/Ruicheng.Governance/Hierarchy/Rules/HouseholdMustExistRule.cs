namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>An operation names a household that exists.</summary>
public static class HouseholdMustExistRule
{
    /// <summary>The rule's stable id: <c>hierarchy.household.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.household.unknown");

    /// <summary>The violation when <paramref name="index"/> (the household's position, negative when absent) names no household, else null.</summary>
    internal static RuleViolation? Check(HouseholdId id, int index) =>
        index < 0 ? RuleViolation.Of(Id, $"No household '{id}' in this hierarchy.") : null;
}
