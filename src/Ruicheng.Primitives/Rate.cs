using System.Diagnostics.Contracts;
using System.Globalization;

namespace Ruicheng.Primitives;

/// <summary>
/// A non-negative proportion applied to money: a reserve percentage (公积金提取比例), a fixed yield, a rent
/// escalation. Held as an exact decimal fraction (5% is 0.05).
/// </summary>
/// <remarks>The default value is <see cref="Zero"/> (0%).</remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>
{
    private readonly decimal _fraction;

    private Rate(decimal fraction) => _fraction = fraction;

    /// <summary>0%; also the value of <c>default(Rate)</c>.</summary>
    public static Rate Zero => default;

    /// <summary>100%.</summary>
    public static Rate Whole => new(1m);

    /// <summary>The rate as an exact fraction (0.05 for 5%).</summary>
    public decimal Fraction => _fraction;

    /// <summary>The rate in percent (5 for 5%).</summary>
    public decimal Percent => _fraction * 100m;

    /// <summary>Creates a rate from a fraction (0.05 for 5%).</summary>
    /// <param name="fraction">A non-negative fraction.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is negative.</exception>
    [Pure]
    public static Rate FromFraction(decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fraction, 0m);
        return new Rate(fraction == 0m ? 0m : fraction);
    }

    /// <summary>Creates a rate from a percentage (5 for 5%).</summary>
    /// <param name="percent">A non-negative percentage.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative.</exception>
    [Pure]
    public static Rate FromPercent(decimal percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0m);
        return new Rate(percent == 0m ? 0m : percent / 100m);
    }

    /// <summary>Creates a rate from per-mille (千分之; 0.1 for 0.1‰).</summary>
    /// <param name="perMille">A non-negative number of thousandths.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perMille"/> is negative.</exception>
    [Pure]
    public static Rate FromPerMille(decimal perMille)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perMille, 0m);
        return new Rate(perMille == 0m ? 0m : perMille / 1000m);
    }

    /// <summary>Formats the rate invariantly in percent, e.g. <c>5%</c> or <c>12.5%</c>.</summary>
    public override string ToString() => Percent.ToString("0.############", CultureInfo.InvariantCulture) + "%";

    /// <inheritdoc />
    public bool Equals(Rate other) => _fraction == other._fraction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _fraction.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Rate other) => _fraction.CompareTo(other._fraction);

    /// <summary>Whether two rates are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Whether the first rate is lower.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator <(Rate left, Rate right) => left._fraction < right._fraction;

    /// <summary>Whether the first rate is higher.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator >(Rate left, Rate right) => left._fraction > right._fraction;

    /// <summary>Whether the first rate is lower or equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator <=(Rate left, Rate right) => left._fraction <= right._fraction;

    /// <summary>Whether the first rate is higher or equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator >=(Rate left, Rate right) => left._fraction >= right._fraction;
}
