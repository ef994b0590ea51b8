namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>No two units share an id.</summary>
public static class UnitIdMustBeUniqueRule
{
    /// <summary>The rule's stable id: <c>hierarchy.id.duplicate</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.id.duplicate");
}
