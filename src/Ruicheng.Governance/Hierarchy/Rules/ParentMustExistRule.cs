namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A unit's parent must be a unit of the same hierarchy.</summary>
public static class ParentMustExistRule
{
    /// <summary>The rule's stable id: <c>hierarchy.parent.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.parent.unknown");
}
