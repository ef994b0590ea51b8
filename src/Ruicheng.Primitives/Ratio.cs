using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;

namespace Ruicheng.Primitives;

/// <summary>
/// A split written as whole-number parts, such as the herbal cooperative's cooperative : village collective :
/// villagers = <c>8:1:1</c> (比例). Parts are non-negative and at least one is positive.
/// </summary>
/// <remarks>
/// The default value has no parts and is not a usable ratio; every member that needs parts throws
/// <see cref="InvalidOperationException"/> on it. Create ratios with <see cref="Of"/> or <see cref="Parse"/>.
/// </remarks>
public readonly struct Ratio : IEquatable<Ratio>
{
    private readonly ImmutableArray<long> _parts;
    private readonly long _total;

    private Ratio(ImmutableArray<long> parts, long total)
    {
        _parts = parts;
        _total = total;
    }

    /// <summary>The parts in order, e.g. 8, 1, 1.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Ratio)</c>.</exception>
    public ImmutableArray<long> Parts => _parts.IsDefault ? throw DefaultRatio() : _parts;

    /// <summary>The number of parts.</summary>
    public int Count => Parts.Length;

    /// <summary>The sum of the parts (10 for 8:1:1).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Ratio)</c>.</exception>
    public long Total => _parts.IsDefault ? throw DefaultRatio() : _total;

    /// <summary>Creates a ratio from its parts.</summary>
    /// <param name="parts">Two or more non-negative parts, at least one positive.</param>
    /// <exception cref="ArgumentException">Fewer than one part, a negative part, or all parts zero.</exception>
    /// <exception cref="OverflowException">The parts sum beyond <see cref="long"/>.</exception>
    [Pure]
    public static Ratio Of(params ReadOnlySpan<long> parts)
    {
        Preconditions.CheckArgument(parts.Length >= 1, nameof(parts), "A ratio needs at least one part.");
        long total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            Preconditions.CheckArgument(parts[i] >= 0, nameof(parts), $"Part {i} is {parts[i]}; ratio parts must not be negative.");
            total = checked(total + parts[i]);
        }

        Preconditions.CheckArgument(total > 0, nameof(parts), "A ratio's parts must not all be zero.");
        return new Ratio(ImmutableArray.Create(parts), total);
    }

    /// <summary>Parses a ratio written as parts separated by colons, e.g. <c>8:1:1</c> (full-width <c>：</c> is accepted).</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">A part is not a non-negative whole number, or all parts are zero.</exception>
    [Pure]
    public static Ratio Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var ratio)
            ? ratio
            : throw new FormatException($"'{text}' is not a ratio: expected non-negative whole parts separated by ':' with a positive total, e.g. 8:1:1.");
    }

    /// <summary>Parses a ratio without throwing; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="ratio">The ratio, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a valid ratio.</returns>
    public static bool TryParse(string? text, out Ratio ratio)
    {
        ratio = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var pieces = text.Replace('：', ':').Split(':', StringSplitOptions.TrimEntries);
        var parts = new long[pieces.Length];
        long total = 0;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (!long.TryParse(pieces[i], NumberStyles.None, CultureInfo.InvariantCulture, out parts[i]))
            {
                return false;
            }

            if (long.MaxValue - total < parts[i])
            {
                return false;
            }

            total += parts[i];
        }

        if (total == 0)
        {
            return false;
        }

        ratio = new Ratio(ImmutableArray.Create(parts), total);
        return true;
    }

    /// <summary>The share of one part as a <see cref="Rate"/> (0.8 for the first part of 8:1:1).</summary>
    /// <param name="index">The zero-based index of the part.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a part.</exception>
    [Pure]
    public Rate ShareOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return Rate.FromFraction(Parts[index] / (decimal)_total);
    }

    /// <summary>Formats the ratio invariantly, e.g. <c>8:1:1</c>.</summary>
    public override string ToString() => _parts.IsDefault ? string.Empty : string.Join(':', _parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Whether two ratios have the same parts in the same order (8:1:1 and 16:2:2 are different ratios).</summary>
    /// <param name="other">The other ratio.</param>
    public bool Equals(Ratio other) =>
        _parts.IsDefault ? other._parts.IsDefault : !other._parts.IsDefault && _parts.AsSpan().SequenceEqual(other._parts.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        if (!_parts.IsDefault)
        {
            foreach (var part in _parts)
            {
                hash.Add(part);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two ratios are equal.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Whether two ratios differ.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    private static InvalidOperationException DefaultRatio() => new("default(Ratio) has no parts; create a ratio with Ratio.Of or Ratio.Parse.");
}
