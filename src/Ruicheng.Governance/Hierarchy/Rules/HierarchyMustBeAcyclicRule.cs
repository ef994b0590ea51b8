namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>Following parents from any unit reaches the county: there are no cycles.</summary>
public sealed class HierarchyMustBeAcyclicRule : HierarchyRule
{
    private HierarchyMustBeAcyclicRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.cycle</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.cycle");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static HierarchyMustBeAcyclicRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "parents never form a cycle";

    internal override void Check(HierarchyCheck check)
    {
        // 0 = unvisited, 1 = on the current path, 2 = known to reach a root or a broken parent.
        var state = new byte[check.Units.Count];
        for (var start = 0; start < check.Units.Count; start++)
        {
            var path = new List<int>();
            var current = start;
            while (current >= 0 && state[current] == 0)
            {
                state[current] = 1;
                path.Add(current);
                current = check.Units[current].Parent is { } p ? check.IndexOf(p) : -1;
            }

            if (current >= 0 && state[current] == 1)
            {
                var cycle = path.Skip(path.IndexOf(current)).ToList();
                var names = string.Join(" → ", cycle.Append(current).Select(c => check.Units[c].Name));
                check.Add(Id, $"$.units[{check.UnitPosition(cycle.Min())}].parent", $"Parents form a cycle: {names}.", check.Units[cycle.Min()].Parent.ToString());
            }

            foreach (var visited in path)
            {
                state[visited] = 2;
            }
        }
    }
}
