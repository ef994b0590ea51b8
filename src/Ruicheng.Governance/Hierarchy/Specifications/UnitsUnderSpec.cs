using Ardalis.Specification;

namespace Ruicheng.Governance.Hierarchy.Specifications;

/// <summary>
/// The units strictly under a unit, in code order. Division codes nest by prefix, so the test is a
/// <c>StartsWith</c> on the code, which translates to SQL <c>LIKE 'prefix%'</c>.
/// </summary>
public sealed class UnitsUnderSpec : Specification<AdministrativeUnit>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="ancestor">The enclosing unit.</param>
    public UnitsUnderSpec(AdministrativeUnit ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        var prefix = ancestor.Code.SignificantPrefix;
        var self = ancestor.Code;
        Query.Where(u => u.Code.Value.StartsWith(prefix) && u.Code != self).OrderBy(u => u.Code);
    }
}
