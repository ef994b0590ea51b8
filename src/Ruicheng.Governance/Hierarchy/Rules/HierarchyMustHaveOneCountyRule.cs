using System.Globalization;

namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A hierarchy has exactly one root, and it is a county.</summary>
public sealed class HierarchyMustHaveOneCountyRule : HierarchyRule
{
    private HierarchyMustHaveOneCountyRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.root</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.root");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static HierarchyMustHaveOneCountyRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "exactly one root, a county";

    internal override void Check(HierarchyCheck check)
    {
        var roots = Enumerable.Range(0, check.Units.Count).Where(i => check.Units[i].Parent is null).ToList();
        if (roots.Count != 1)
        {
            check.Add(Id, "$.units", $"A hierarchy has exactly one root unit (the county); found {roots.Count.ToString(CultureInfo.InvariantCulture)}.", null, Figure.Of("roots", roots.Count));
        }
        else if (check.Units[roots[0]].Kind != UnitKind.County)
        {
            check.Add(Id, $"$.units[{check.UnitPosition(roots[0])}].kind", $"The root unit {check.Units[roots[0]].Name} is a {check.Units[roots[0]].Kind}, not a county.", check.Units[roots[0]].Kind.ToString());
        }
    }
}
