namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A unit's division code starts with its parent's significant prefix and has the length of its own level.</summary>
public static class CodeMustExtendParentCodeRule
{
    /// <summary>The rule's stable id: <c>hierarchy.code.prefix</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.code.prefix");
}
