namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>An operation names a unit that exists.</summary>
public static class UnitMustExistRule
{
    /// <summary>The rule's stable id: <c>hierarchy.unit.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.unit.unknown");
}
