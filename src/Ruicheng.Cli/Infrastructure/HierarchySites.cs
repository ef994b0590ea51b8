using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>The host-supplied site lookup an enclave project is checked against: a unit's town and whether it is a village.</summary>
internal static class HierarchySites
{
    public static Func<UnitId, (UnitId Town, bool IsVillage)?> Of(GovernanceHierarchy hierarchy) => id =>
        hierarchy.TryFind(id, out var unit) && unit.ParentId is { } parent ? (parent, unit.Level == UnitLevel.Village) : null;
}
