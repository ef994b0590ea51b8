using System.Globalization;
using Ruicheng.Governance.Hierarchy.Rules;

namespace Ruicheng.Governance.Hierarchy;

/// <summary>
/// One run of every hierarchy rule over a set of definitions, collecting all violations, and — when there are
/// none — the tree order in which the hierarchy stores its units.
/// </summary>
internal sealed class HierarchyCheck
{
    private readonly List<RuleViolation> _violations = [];

    private readonly int[] _unitPositions;
    private readonly int[] _householdPositions;
    private readonly int[] _membershipPositions;

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
        var byId = CheckUnitsAreUnique();
        CheckParents(byId);
        CheckCycles(byId);
        CheckSingleCounty();
        if (_violations.Count == 0)
        {
            BuildTreeOrder(byId);
        }

        var householdIds = CheckHouseholds(byId);
        CheckMemberships(householdIds);
        return _violations;
    }

    private Dictionary<UnitId, int> CheckUnitsAreUnique()
    {
        var byId = new Dictionary<UnitId, int>();
        var byCode = new Dictionary<DivisionCode, int>();
        for (var i = 0; i < Units.Count; i++)
        {
            var unit = Units[i];
            if (!byId.TryAdd(unit.Id, i))
            {
                Add(UnitIdMustBeUniqueRule.Id, $"$.units[{_unitPositions[i]}].id", $"Unit id '{unit.Id}' is already used by units[{_unitPositions[byId[unit.Id]]}].", unit.Id.ToString());
            }

            if (!byCode.TryAdd(unit.Code, i))
            {
                Add(UnitCodeMustBeUniqueRule.Id, $"$.units[{_unitPositions[i]}].code", $"Code {unit.Code} of {unit.Name} is already used by {Units[byCode[unit.Code]].Name} (units[{_unitPositions[byCode[unit.Code]]}]).", unit.Code.ToString());
            }
        }

        return byId;
    }

    private void CheckParents(Dictionary<UnitId, int> byId)
    {
        for (var i = 0; i < Units.Count; i++)
        {
            var unit = Units[i];
            if (unit.Code.Level != unit.Kind.Level())
            {
                Add(CodeMustExtendParentCodeRule.Id, $"$.units[{_unitPositions[i]}].code", $"Code {unit.Code} names a {unit.Code.Level} but {unit.Name} is a {unit.Kind}.", unit.Code.ToString());
            }

            if (unit.Parent is not { } parentId)
            {
                continue;
            }

            if (!byId.TryGetValue(parentId, out var parentIndex))
            {
                Add(ParentMustExistRule.Id, $"$.units[{_unitPositions[i]}].parent", $"{unit.Name} names parent '{parentId}', which is not a unit of this hierarchy.", parentId.ToString());
                continue;
            }

            var parent = Units[parentIndex];
            if (unit.Kind.Level() != parent.Kind.Level() + 1)
            {
                Add(
                    ChildLevelMustFollowParentRule.Id,
                    $"$.units[{_unitPositions[i]}].parent",
                    $"{unit.Name} is a {unit.Kind} but its parent {parent.Name} is a {parent.Kind}; a {unit.Kind} must sit under a unit of level {(unit.Kind.Level() - 1).ToString()}.",
                    parentId.ToString(),
                    Figure.Of("childLevel", unit.Kind.Level().ToString()),
                    Figure.Of("parentLevel", parent.Kind.Level().ToString()));
            }
            else if (unit.Code.Level == unit.Kind.Level() && !unit.Code.IsWithin(parent.Code))
            {
                Add(CodeMustExtendParentCodeRule.Id, $"$.units[{_unitPositions[i]}].code", $"Code {unit.Code} of {unit.Name} does not start with its parent's prefix {parent.Code.SignificantPrefix}.", unit.Code.ToString());
            }
        }
    }

    private void CheckCycles(Dictionary<UnitId, int> byId)
    {
        // 0 = unvisited, 1 = on the current path, 2 = known to reach a root or a broken parent.
        var state = new byte[Units.Count];
        for (var start = 0; start < Units.Count; start++)
        {
            var path = new List<int>();
            var current = start;
            while (current >= 0 && state[current] == 0)
            {
                state[current] = 1;
                path.Add(current);
                current = Units[current].Parent is { } p && byId.TryGetValue(p, out var next) ? next : -1;
            }

            if (current >= 0 && state[current] == 1)
            {
                var cycle = path.Skip(path.IndexOf(current)).ToList();
                var names = string.Join(" → ", cycle.Append(current).Select(c => Units[c].Name));
                Add(HierarchyMustBeAcyclicRule.Id, $"$.units[{_unitPositions[cycle.Min()]}].parent", $"Parents form a cycle: {names}.", Units[cycle.Min()].Parent.ToString());
            }

            foreach (var visited in path)
            {
                state[visited] = 2;
            }
        }
    }

    private void CheckSingleCounty()
    {
        var roots = Enumerable.Range(0, Units.Count).Where(i => Units[i].Parent is null).ToList();
        if (roots.Count != 1)
        {
            Add(HierarchyMustHaveOneCountyRule.Id, "$.units", $"A hierarchy has exactly one root unit (the county); found {roots.Count.ToString(CultureInfo.InvariantCulture)}.", null, Figure.Of("roots", roots.Count));
            return;
        }

        if (Units[roots[0]].Kind != UnitKind.County)
        {
            Add(HierarchyMustHaveOneCountyRule.Id, $"$.units[{_unitPositions[roots[0]]}].kind", $"The root unit {Units[roots[0]].Name} is a {Units[roots[0]].Kind}, not a county.", Units[roots[0]].Kind.ToString());
        }
    }

    private void BuildTreeOrder(Dictionary<UnitId, int> byId)
    {
        var children = new List<int>[Units.Count];
        var root = -1;
        for (var i = 0; i < Units.Count; i++)
        {
            children[i] ??= [];
            if (Units[i].Parent is { } p)
            {
                var parent = byId[p];
                (children[parent] ??= []).Add(i);
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

    private HashSet<HouseholdId> CheckHouseholds(Dictionary<UnitId, int> byId)
    {
        var ids = new HashSet<HouseholdId>();
        for (var i = 0; i < Households.Count; i++)
        {
            var household = Households[i];
            if (!ids.Add(household.Id))
            {
                Add(HouseholdIdMustBeUniqueRule.Id, $"$.households[{_householdPositions[i]}].id", $"Household id '{household.Id}' is used more than once.", household.Id.ToString());
            }

            if (!byId.TryGetValue(household.Grid, out var grid) || Units[grid].Kind != UnitKind.Grid)
            {
                var what = byId.TryGetValue(household.Grid, out var unit) ? $"{Units[unit].Name}, a {Units[unit].Kind}" : "no unit of this hierarchy";
                Add(HouseholdMustBeInGridRule.Id, $"$.households[{_householdPositions[i]}].grid", $"Household {household.Id} is registered in '{household.Grid}', which is {what}; households belong to a grid.", household.Grid.ToString());
            }
        }

        return ids;
    }

    private void CheckMemberships(HashSet<HouseholdId> householdIds)
    {
        for (var i = 0; i < Memberships.Count; i++)
        {
            var membership = Memberships[i];
            if (!householdIds.Contains(membership.Household))
            {
                Add(MembershipMustNameKnownHouseholdRule.Id, $"$.memberships[{_membershipPositions[i]}].household", $"Resident {membership.Resident} is placed in unknown household '{membership.Household}'.", membership.Household.ToString());
            }

            if (membership.To is { } to && to < membership.From)
            {
                Add(MembershipDatesMustBeOrderedRule.Id, $"$.memberships[{_membershipPositions[i]}].to", $"Membership of {membership.Resident} ends {to} before it starts {membership.From}.", to.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        foreach (var group in Memberships.Select((m, i) => (m, i)).GroupBy(x => x.m.Resident))
        {
            var ordered = group.OrderBy(x => x.m.From).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var previous = ordered[k - 1].m;
                if (previous.To is null || previous.To >= ordered[k].m.From)
                {
                    Add(
                        ResidentInOneHouseholdAtATimeRule.Id,
                        $"$.memberships[{_membershipPositions[ordered[k].i]}].from",
                        $"Resident {group.Key} would be in {previous.Household} and {ordered[k].m.Household} on {ordered[k].m.From}; end one membership before the next begins.",
                        ordered[k].m.From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private void Add(RuleId code, string path, string message, string? attempted, params ReadOnlySpan<Figure> figures) =>
        _violations.Add(RuleViolation.At(code, path, message, attempted, figures));
}
