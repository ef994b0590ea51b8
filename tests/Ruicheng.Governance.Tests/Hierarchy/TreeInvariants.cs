using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Tests.Hierarchy;

/// <summary>What "is a tree" means, checked from the public surface only.</summary>
internal static class TreeInvariants
{
    internal static bool Hold(GovernanceHierarchy hierarchy)
    {
        var units = hierarchy.Units;
        if (units.Count(u => u.ParentId is null) != 1 || units[0].Kind != UnitKind.County)
        {
            return false;
        }

        if (units.Select(u => u.Id).Distinct().Count() != units.Length || units.Select(u => u.Code).Distinct().Count() != units.Length)
        {
            return false;
        }

        var seen = new HashSet<UnitId>();
        foreach (var unit in units)
        {
            // Tree order: each parent is seen before its child, which also rules out cycles.
            if (unit.ParentId is { } parent)
            {
                if (!seen.Contains(parent))
                {
                    return false;
                }

                var parentUnit = hierarchy[parent];
                if (unit.Level != parentUnit.Level + 1 || !unit.Code.IsWithin(parentUnit.Code))
                {
                    return false;
                }
            }

            seen.Add(unit.Id);
        }

        return hierarchy.Households.All(h => hierarchy.Contains(h.GridId) && hierarchy[h.GridId].Kind == UnitKind.Grid)
            && hierarchy.Memberships.GroupBy(m => m.Resident).All(g =>
            {
                var ordered = g.OrderBy(m => m.From).ToList();
                return ordered.Zip(ordered.Skip(1)).All(p => p.First.To is { } end && end < p.Second.From);
            });
    }
}
