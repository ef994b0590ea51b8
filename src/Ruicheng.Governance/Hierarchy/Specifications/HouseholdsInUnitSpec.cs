using Ardalis.Specification;

namespace Ruicheng.Governance.Hierarchy.Specifications;

/// <summary>The households registered in the grids under a unit (or in the unit, when it is a grid).</summary>
public sealed class HouseholdsInUnitSpec : Specification<Household>
{
    /// <summary>Creates the specification; the grids under the unit are resolved once from the hierarchy.</summary>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public HouseholdsInUnitSpec(GovernanceHierarchy hierarchy, UnitId unit)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        var grids = hierarchy[unit].Level == UnitLevel.Grid
            ? [unit]
            : hierarchy.DescendantsOf(unit, UnitLevel.Grid).Select(g => g.Id).ToArray();
        Query.Where(h => grids.Contains(h.GridId));
    }
}
