namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A unit sits exactly one level below its parent: a township under the county, a village or community under a township, a grid under a village or community.</summary>
public static class ChildLevelMustFollowParentRule
{
    /// <summary>The rule's stable id: <c>hierarchy.level.mismatch</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.level.mismatch");
}
