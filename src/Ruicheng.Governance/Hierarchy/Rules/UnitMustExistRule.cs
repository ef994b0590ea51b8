namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>An operation names a unit that exists.</summary>
public static class UnitMustExistRule
{
    /// <summary>The rule's stable id: <c>hierarchy.unit.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.unit.unknown");

    /// <summary>The violation when <paramref name="index"/> (the unit's position, negative when absent) names no unit, else null.</summary>
    internal static RuleViolation? Check(UnitId id, int index) =>
        index < 0 ? RuleViolation.Of(Id, $"No unit '{id}' in this hierarchy.") : null;
}
