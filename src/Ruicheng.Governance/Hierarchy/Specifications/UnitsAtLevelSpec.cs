using Ardalis.Specification;

namespace Ruicheng.Governance.Hierarchy.Specifications;

/// <summary>Units at one level (e.g. every village and community), in code order. Translates to SQL: it filters on the kind.</summary>
public sealed class UnitsAtLevelSpec : Specification<AdministrativeUnit>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="level">The level.</param>
    public UnitsAtLevelSpec(UnitLevel level)
    {
        var kinds = Enum.GetValues<UnitKind>().Where(k => k.Level() == level).ToArray();
        Query.Where(u => kinds.Contains(u.Kind)).OrderBy(u => u.Code);
    }
}
