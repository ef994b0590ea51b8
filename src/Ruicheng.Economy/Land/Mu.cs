using System.Globalization;
using System.Numerics;

namespace Ruicheng.Economy.Land;

/// <summary>
/// An area in mu (亩), the Chinese land unit: 1 mu = 10,000/15 m² (about 666.67 m²). Held as an exact decimal
/// number of mu with at most four decimals. The default value is zero mu.
/// </summary>
public readonly struct Mu : IEquatable<Mu>, IComparable<Mu>, IAdditionOperators<Mu, Mu, Mu>, IAdditiveIdentity<Mu, Mu>
{
    private Mu(decimal value) => Value = value;

    /// <summary>Zero mu.</summary>
    public static Mu AdditiveIdentity => default;

    /// <summary>The area in mu.</summary>
    public decimal Value { get; }

    /// <summary>The area in square metres (exact up to decimal precision).</summary>
    public decimal SquareMetres => Value * 10_000m / 15m;

    /// <summary>Creates an area from mu.</summary>
    /// <param name="mu">Non-negative mu with at most four decimals.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mu"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="mu"/> has more than four decimals.</exception>
    public static Mu Of(decimal mu)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mu);
        if (decimal.Round(mu, 4, MidpointRounding.ToEven) != mu)
        {
            throw new ArgumentException($"{mu.ToString(CultureInfo.InvariantCulture)} mu has more than four decimals.", nameof(mu));
        }

        return new Mu(mu);
    }

    /// <summary>Creates an area from square metres, rounded to 0.0001 mu (half to even).</summary>
    /// <param name="squareMetres">Non-negative square metres.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="squareMetres"/> is negative.</exception>
    public static Mu FromSquareMetres(decimal squareMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(squareMetres);
        return new Mu(decimal.Round(squareMetres * 15m / 10_000m, 4, MidpointRounding.ToEven));
    }

    /// <summary>Adds two areas.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static Mu operator +(Mu left, Mu right) => new(left.Value + right.Value);

    /// <summary>E.g. <c>1,600 mu</c>.</summary>
    public override string ToString() => Value.ToString("#,0.####", CultureInfo.InvariantCulture) + " mu";

    /// <inheritdoc />
    public bool Equals(Mu other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Mu other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Mu other) => Value.CompareTo(other.Value);

    /// <summary>Whether two areas are equal.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator ==(Mu left, Mu right) => left.Equals(right);

    /// <summary>Whether two areas differ.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator !=(Mu left, Mu right) => !left.Equals(right);

    /// <summary>Whether the first area is smaller.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator <(Mu left, Mu right) => left.Value < right.Value;

    /// <summary>Whether the first area is larger.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator >(Mu left, Mu right) => left.Value > right.Value;

    /// <summary>Whether the first area is smaller or equal.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator <=(Mu left, Mu right) => left.Value <= right.Value;

    /// <summary>Whether the first area is larger or equal.</summary>
    /// <param name="left">The first area.</param>
    /// <param name="right">The second area.</param>
    public static bool operator >=(Mu left, Mu right) => left.Value >= right.Value;
}
