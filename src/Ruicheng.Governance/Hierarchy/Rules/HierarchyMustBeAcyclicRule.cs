namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>Following parents from any unit reaches the county: there are no cycles.</summary>
public static class HierarchyMustBeAcyclicRule
{
    /// <summary>The rule's stable id: <c>hierarchy.cycle</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.cycle");
}
