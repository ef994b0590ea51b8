namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A unit's parent must be a unit of the same hierarchy.</summary>
public sealed class ParentMustExistRule : HierarchyRule
{
    private ParentMustExistRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.parent.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.parent.unknown");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static ParentMustExistRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a parent of this hierarchy";

    internal override void Check(HierarchyCheck check)
    {
        for (var i = 0; i < check.Units.Count; i++)
        {
            var unit = check.Units[i];
            if (unit.Parent is { } parentId && check.IndexOf(parentId) < 0)
            {
                check.Add(Id, $"$.units[{check.UnitPosition(i)}].parent", $"{unit.Name} names parent '{parentId}', which is not a unit of this hierarchy.", parentId.ToString());
            }
        }
    }
}
