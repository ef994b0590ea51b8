namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>Only a unit with no child units and no households may be removed.</summary>
public static class UnitMustBeLeafToRemoveRule
{
    /// <summary>The rule's stable id: <c>hierarchy.remove.not-leaf</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.remove.not-leaf");
}
