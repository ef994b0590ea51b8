namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A hierarchy has exactly one root, and it is a county.</summary>
public static class HierarchyMustHaveOneCountyRule
{
    /// <summary>The rule's stable id: <c>hierarchy.root</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.root");
}
