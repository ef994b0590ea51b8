namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>No two units share a division code.</summary>
public static class UnitCodeMustBeUniqueRule
{
    /// <summary>The rule's stable id: <c>hierarchy.code.duplicate</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.code.duplicate");
}
