using System.Globalization;
using Ruicheng.Governance.Hierarchy.Rules;

namespace Ruicheng.Governance.Hierarchy;

/// <summary>
/// One run of every hierarchy rule (<see cref="HierarchyRules.All"/>) over a set of definitions: the definitions, their
/// document positions and the lookups the rules share; the violations the rules write; and — when no unit rule is
/// broken — the tree order in which the hierarchy stores its units.
/// </summary>
internal sealed class HierarchyCheck
{
    private readonly List<RuleViolation> _violations = [];

    private readonly int[] _unitPositions;
    private readonly int[] _householdPositions;
    private readonly int[] _membershipPositions;
    private Dictionary<UnitId, int>? _byId;

    /// <param name="units">The unit definitions.</param>
    /// <param name="households">The household definitions.</param>
    /// <param name="memberships">The membership definitions.</param>
    /// <param name="positions">
    /// Where each definition stood in the input document, when some entries were already rejected at the
    /// boundary, so that paths point at the document and not at the filtered lists; identity when null.
    /// </param>
    internal HierarchyCheck(
        List<UnitDefinition> units,
        List<HouseholdDefinition> households,
        List<MembershipDefinition> memberships,
        (int[] Units, int[] Households, int[] Memberships)? positions = null)
    {
        Units = units;
        Households = households;
        Memberships = memberships;
        _unitPositions = positions?.Units ?? Enumerable.Range(0, units.Count).ToArray();
        _householdPositions = positions?.Households ?? Enumerable.Range(0, households.Count).ToArray();
        _membershipPositions = positions?.Memberships ?? Enumerable.Range(0, memberships.Count).ToArray();
    }

    internal List<UnitDefinition> Units { get; }

    internal List<HouseholdDefinition> Households { get; }

    internal List<MembershipDefinition> Memberships { get; }

    internal List<int> TreeOrder { get; } = [];

    internal List<RuleViolation> Run()
    {
        var rules = HierarchyRules.All;
        for (var r = 0; r < rules.Length; r++)
        {
            rules[r].Check(this);
            if (r == HierarchyRules.UnitRuleCount - 1 && _violations.Count == 0)
            {
                BuildTreeOrder();
            }
        }

        return _violations;
    }

    /// <summary>Where a unit definition stood in the input document.</summary>
    internal int UnitPosition(int index) => _unitPositions[index];

    /// <summary>Where a household definition stood in the input document.</summary>
    internal int HouseholdPosition(int index) => _householdPositions[index];

    /// <summary>Where a membership definition stood in the input document.</summary>
    internal int MembershipPosition(int index) => _membershipPositions[index];

    /// <summary>The position of the first unit with an id, or -1.</summary>
    internal int IndexOf(UnitId id) => (_byId ??= FirstById()).TryGetValue(id, out var index) ? index : -1;

    /// <summary>The parent a unit names, when it is a unit of this hierarchy.</summary>
    internal UnitDefinition? ParentOf(int index) =>
        Units[index].Parent is { } parent && IndexOf(parent) is var at and >= 0 ? Units[at] : null;

    internal void Add(RuleId code, string path, string message, string? attempted, params ReadOnlySpan<Figure> figures) =>
        _violations.Add(RuleViolation.At(code, path, message, attempted, figures));

    private Dictionary<UnitId, int> FirstById()
    {
        var byId = new Dictionary<UnitId, int>();
        for (var i = 0; i < Units.Count; i++)
        {
            byId.TryAdd(Units[i].Id, i);
        }

        return byId;
    }

    private void BuildTreeOrder()
    {
        var children = new List<int>[Units.Count];
        var root = -1;
        for (var i = 0; i < Units.Count; i++)
        {
            children[i] ??= [];
            if (Units[i].Parent is { } p)
            {
                (children[IndexOf(p)] ??= []).Add(i);
            }
            else
            {
                root = i;
            }
        }

        var queue = new Queue<int>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            TreeOrder.Add(next);
            foreach (var child in children[next])
            {
                queue.Enqueue(child);
            }
        }
    }
}
