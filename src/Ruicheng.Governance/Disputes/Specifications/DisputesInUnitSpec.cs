using Ardalis.Specification;
using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Disputes.Specifications;

/// <summary>Cases that arose in a unit or anywhere under it; the units are resolved once from the hierarchy.</summary>
public sealed class DisputesInUnitSpec : Specification<DisputeCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public DisputesInUnitSpec(GovernanceHierarchy hierarchy, UnitId unit)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        var units = hierarchy.DescendantsOf(unit).Select(u => u.Id).Prepend(unit).ToArray();
        Query.Where(c => units.Contains(c.Unit));
    }
}
