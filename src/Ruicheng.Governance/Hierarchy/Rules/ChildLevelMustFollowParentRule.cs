namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A unit sits exactly one level below its parent: a township under the county, a village or community under a township, a grid under a village or community.</summary>
public sealed class ChildLevelMustFollowParentRule : HierarchyRule
{
    private ChildLevelMustFollowParentRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.level.mismatch</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.level.mismatch");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static ChildLevelMustFollowParentRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "one level below the parent";

    internal override void Check(HierarchyCheck check)
    {
        for (var i = 0; i < check.Units.Count; i++)
        {
            var unit = check.Units[i];
            if (check.ParentOf(i) is { } parent && unit.Kind.Level() != parent.Kind.Level() + 1)
            {
                check.Add(
                    Id,
                    $"$.units[{check.UnitPosition(i)}].parent",
                    $"{unit.Name} is a {unit.Kind} but its parent {parent.Name} is a {parent.Kind}; a {unit.Kind} must sit under a unit of level {(unit.Kind.Level() - 1).ToString()}.",
                    unit.Parent.ToString(),
                    Figure.Of("childLevel", unit.Kind.Level().ToString()),
                    Figure.Of("parentLevel", parent.Kind.Level().ToString()));
            }
        }
    }
}
