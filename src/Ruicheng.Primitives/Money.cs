using System.Diagnostics.Contracts;
using System.Numerics;

namespace Ruicheng.Primitives;

/// <summary>
/// An exact amount of renminbi (人民币), held as a whole number of fen (分, 1/100 yuan) in a <see cref="long"/>.
/// </summary>
/// <remarks>
/// <para>
/// Money is never a <see cref="double"/>: every amount the engine produces is a whole fen, and every split sums
/// to its total to the fen (see <see cref="Allocate(ReadOnlySpan{long})"/>). The range is that of <see cref="long"/>
/// fen (about ±92 million billion yuan); arithmetic that would leave it throws <see cref="OverflowException"/>.
/// </para>
/// <para>The default value is <see cref="Zero"/>.</para>
/// </remarks>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable,
    IAdditionOperators<Money, Money, Money>, ISubtractionOperators<Money, Money, Money>,
    IUnaryNegationOperators<Money, Money>, IAdditiveIdentity<Money, Money>
{
    private const long FenPerYuan = 100;

    private readonly long _fen;

    private Money(long fen) => _fen = fen;

    /// <summary>Zero yuan; also the value of <c>default(Money)</c>.</summary>
    public static Money Zero => default;

    /// <summary>Zero yuan, the identity of addition (lets generic roll-ups add money).</summary>
    public static Money AdditiveIdentity => default;

    /// <summary>The smallest positive amount: one fen (0.01 yuan).</summary>
    public static Money OneFen => new(1);

    /// <summary>The largest representable amount.</summary>
    public static Money MaxValue => new(long.MaxValue);

    /// <summary>The smallest (most negative) representable amount.</summary>
    public static Money MinValue => new(long.MinValue);

    /// <summary>The amount as a whole number of fen (分).</summary>
    public long Fen => _fen;

    /// <summary>The amount in yuan (元), exact, with at most two decimal places.</summary>
    public decimal Yuan => _fen / (decimal)FenPerYuan;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => _fen < 0;

    /// <summary>Whether the amount is exactly zero.</summary>
    public bool IsZero => _fen == 0;

    /// <summary>−1, 0 or +1 according to the sign of the amount.</summary>
    public int Sign => Math.Sign(_fen);

    /// <summary>Creates an amount from a whole number of fen (分).</summary>
    /// <param name="fen">The amount in fen; any <see cref="long"/>.</param>
    [Pure]
    public static Money FromFen(long fen) => new(fen);

    /// <summary>
    /// Creates an amount from yuan (元). The value must be a whole number of fen: more than two significant
    /// decimal places is an error, never a silent rounding.
    /// </summary>
    /// <param name="yuan">The amount in yuan, e.g. <c>1234.56m</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="yuan"/> has a non-zero third decimal place or beyond.</exception>
    /// <exception cref="OverflowException">The amount is outside the range of <see cref="Money"/>.</exception>
    [Pure]
    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * FenPerYuan;
        Preconditions.CheckArgument(
            decimal.Truncate(fen) == fen,
            nameof(yuan),
            $"Amount {yuan.ToString(System.Globalization.CultureInfo.InvariantCulture)} yuan is not a whole number of fen; round it explicitly before converting.");
        return new Money(decimal.ToInt64(fen));
    }

    /// <summary>
    /// Creates an amount from yuan without throwing: succeeds only for a whole number of fen (at most two significant
    /// decimal places) within <see cref="MinValue"/>..<see cref="MaxValue"/>; never rounds.
    /// </summary>
    /// <param name="yuan">The amount in yuan.</param>
    /// <param name="money">The amount, or zero.</param>
    /// <returns>Whether <paramref name="yuan"/> is an amount <see cref="Money"/> holds exactly.</returns>
    public static bool TryFromYuan(decimal yuan, out Money money)
    {
        money = Zero;
        if (yuan < MinValue.Yuan || yuan > MaxValue.Yuan)
        {
            return false;
        }

        var fen = yuan * FenPerYuan;
        if (decimal.Truncate(fen) != fen)
        {
            return false;
        }

        money = new Money(decimal.ToInt64(fen));
        return true;
    }

    /// <summary>Creates an amount from whole yuan (元).</summary>
    /// <param name="yuan">The amount in whole yuan.</param>
    /// <exception cref="OverflowException">The amount is outside the range of <see cref="Money"/>.</exception>
    [Pure]
    public static Money FromWholeYuan(long yuan) => new(checked(yuan * FenPerYuan));

    /// <summary>Creates an amount from an exact decimal number of yuan, rounding to a fen with the stated rule.</summary>
    /// <param name="yuan">The exact amount in yuan, possibly with fractions of a fen.</param>
    /// <param name="rounding">How a fraction of a fen is resolved.</param>
    /// <exception cref="OverflowException">The amount is outside the range of <see cref="Money"/>.</exception>
    [Pure]
    public static Money FromYuan(decimal yuan, FenRounding rounding) => new(decimal.ToInt64(rounding.Apply(yuan * FenPerYuan)));

    /// <summary>The absolute value of the amount.</summary>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>.</exception>
    [Pure]
    public Money Abs() => new(checked(Math.Abs(_fen)));

    /// <summary>The larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    [Pure]
    public static Money Max(Money left, Money right) => left._fen >= right._fen ? left : right;

    /// <summary>The smaller of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    [Pure]
    public static Money Min(Money left, Money right) => left._fen <= right._fen ? left : right;

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="Money"/>.</exception>
    public static Money operator +(Money left, Money right) => new(checked(left._fen + right._fen));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount subtracted from.</param>
    /// <param name="right">The amount subtracted.</param>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="Money"/>.</exception>
    public static Money operator -(Money left, Money right) => new(checked(left._fen - right._fen));

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount to negate.</param>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>.</exception>
    public static Money operator -(Money value) => new(checked(-value._fen));

    /// <summary>Multiplies an amount by a whole number (e.g. a price per mu by a number of mu).</summary>
    /// <param name="value">The amount.</param>
    /// <param name="factor">The whole-number factor.</param>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public static Money operator *(Money value, long factor) => new(checked(value._fen * factor));

    /// <summary>Multiplies an amount by a whole number.</summary>
    /// <param name="factor">The whole-number factor.</param>
    /// <param name="value">The amount.</param>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    public static Money operator *(long factor, Money value) => new(checked(value._fen * factor));

    /// <summary>Adds two amounts (the named form of <c>+</c>).</summary>
    /// <param name="other">The amount to add.</param>
    [Pure]
    public Money Add(Money other) => this + other;

    /// <summary>Subtracts an amount (the named form of <c>-</c>).</summary>
    /// <param name="other">The amount to subtract.</param>
    [Pure]
    public Money Subtract(Money other) => this - other;

    /// <summary>Negates the amount (the named form of unary <c>-</c>).</summary>
    [Pure]
    public Money Negate() => -this;

    /// <summary>Multiplies the amount by a whole number (the named form of <c>*</c>).</summary>
    /// <param name="factor">The whole-number factor.</param>
    [Pure]
    public Money Multiply(long factor) => this * factor;

    /// <summary>
    /// Multiplies the amount by a rate (a reserve percentage, a yield, an escalation), rounding the exact product
    /// to a fen with the stated rule.
    /// </summary>
    /// <param name="rate">The rate to apply.</param>
    /// <param name="rounding">How a fraction of a fen is resolved; there is no default on purpose.</param>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    [Pure]
    public Money Multiply(Rate rate, FenRounding rounding) => new(decimal.ToInt64(rounding.Apply(_fen * rate.Fraction)));

    /// <summary>
    /// Multiplies the amount by an exact decimal quantity (e.g. rent per mu × 12.5 mu), rounding to a fen with the stated rule.
    /// </summary>
    /// <param name="quantity">The exact quantity.</param>
    /// <param name="rounding">How a fraction of a fen is resolved; there is no default on purpose.</param>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Money"/>.</exception>
    [Pure]
    public Money Multiply(decimal quantity, FenRounding rounding) => new(decimal.ToInt64(rounding.Apply(_fen * quantity)));

    /// <summary>The sum of a sequence of amounts, with overflow checking.</summary>
    /// <param name="amounts">The amounts to add; an empty sequence sums to <see cref="Zero"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    [Pure]
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount._fen);
        }

        return new Money(total);
    }

    /// <summary>The sum of a span of amounts, with overflow checking.</summary>
    /// <param name="amounts">The amounts to add; an empty span sums to <see cref="Zero"/>.</param>
    [Pure]
    public static Money Sum(ReadOnlySpan<Money> amounts)
    {
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount._fen);
        }

        return new Money(total);
    }

    /// <inheritdoc />
    public bool Equals(Money other) => _fen == other._fen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _fen.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Money other) => _fen.CompareTo(other._fen);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Money.", nameof(obj)),
    };

    /// <summary>Whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator ==(Money left, Money right) => left._fen == right._fen;

    /// <summary>Whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator !=(Money left, Money right) => left._fen != right._fen;

    /// <summary>Whether the first amount is less than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <(Money left, Money right) => left._fen < right._fen;

    /// <summary>Whether the first amount is greater than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >(Money left, Money right) => left._fen > right._fen;

    /// <summary>Whether the first amount is less than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator <=(Money left, Money right) => left._fen <= right._fen;

    /// <summary>Whether the first amount is greater than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    public static bool operator >=(Money left, Money right) => left._fen >= right._fen;
}
