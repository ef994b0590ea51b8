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

/// <summary>A mutable struct that moves like an enumerator but belongs to no collection: still flagged.</summary>
#pragma warning disable CA1815
public struct LooseCursor : System.Collections.IEnumerator
{
    public readonly object Current => 0;

    public readonly bool MoveNext() => false;

    public readonly void Reset()
    {
    }
}
#pragma warning restore CA1815

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

/// <summary>Exposes a FluentValidation type in a public signature: the no-FluentValidation-in-public-API convention must flag it.</summary>
public sealed class LeakyLoader
{
    /// <summary>Takes a validator from the caller.</summary>
    /// <param name="validator">A FluentValidation validator.</param>
    public static bool Load(FluentValidation.IValidator<string> validator) => validator is not null;
}

/// <summary>A <c>CanX</c> that answers with a list: the boolean-CanX convention must flag it.</summary>
public sealed class ChattyCase
{
    /// <summary>The reasons the case cannot close.</summary>
    public static IReadOnlyList<string> CanClose() => [];
}

/// <summary>A record checked by its factory and still <c>with</c>-able: the convention must flag it.</summary>
/// <param name="Value">A percentage, 0–100 by the factory's check.</param>
public sealed record CheckedPercent(int Value)
{
    /// <summary>A percentage, checked.</summary>
    /// <param name="value">0–100.</param>
    public static CheckedPercent Of(int value) => value is >= 0 and <= 100 ? new CheckedPercent(value) : throw new ArgumentOutOfRangeException(nameof(value));
}

/// <summary>A rule that holds only its id, its check left to some aggregate: the rules-own-their-logic convention must flag it.</summary>
public static class IdOnlyRule
{
    /// <summary>The rule's id.</summary>
    public static Ruicheng.Primitives.RuleId Id { get; } = Ruicheng.Primitives.RuleId.From("known-bad.id-only");
}
