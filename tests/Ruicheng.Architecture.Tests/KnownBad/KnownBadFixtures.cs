namespace Ruicheng.Architecture.Tests.KnownBad;

/// <summary>A mutable public struct: the readonly-struct convention must flag it.</summary>
#pragma warning disable CA1051, CA1815 // the fixture is deliberately a bad value type
public struct MutablePoint
{
    public int X;
}
#pragma warning restore CA1051, CA1815

/// <summary>An unsealed concrete class: the sealed-or-abstract convention must flag it.</summary>
#pragma warning disable CA1852 // deliberately unsealed
public class OpenService
{
}
#pragma warning restore CA1852

/// <summary>A well-formed readonly struct, so the convention is seen to pass good types in this assembly too.</summary>
public readonly struct GoodValue
{
}

/// <summary>
/// Couples all three domain packages in one type, as a domain package must never do; its presence makes this test
/// assembly reference them, so the dependency rule is seen to fail on a known-bad assembly.
/// </summary>
public static class CrossPackageComposer
{
    /// <summary>Touches one type of each domain package.</summary>
    public static IReadOnlyList<Type> Touch() =>
        [typeof(Ruicheng.Governance.Hierarchy.GovernanceHierarchy), typeof(Ruicheng.Economy.Cooperatives.ShareRegister), typeof(Ruicheng.Civility.Ledger.PointsLedger)];
}
