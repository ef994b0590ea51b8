using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Primitives;

/// <summary>
/// The id of an administrative or governance unit (单位): the county (县), a township (镇/乡), a village (行政村) or community (社区), or a grid (网格). Packages meet on this id; Governance owns the units.
/// </summary>
/// <remarks>
/// An opaque, case-sensitive text of 1–64 characters without whitespace (e.g. <c>140830103201</c>), compared ordinally.
/// The default value is the unset id: its <see cref="Value"/> throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct UnitId : IEquatable<UnitId>, IComparable<UnitId>
{
    private readonly string? _value;

    private UnitId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(UnitId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(UnitId) is unset; create ids with UnitId.From.");

    /// <summary>Whether this is the unset <c>default</c> value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id from its text.</summary>
    /// <param name="value">1–64 characters without whitespace or control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has whitespace.</exception>
    public static UnitId From(string value) => new(IdentifierText.Check(value, nameof(value), "unit id"));

    /// <summary>Creates an id from its text without throwing.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The id, or <c>default</c> when the text is not valid.</param>
    /// <returns>Whether the text was a valid id.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out UnitId id)
    {
        id = IdentifierText.IsValid(value) ? new UnitId(value) : default;
        return !id.IsDefault;
    }

    /// <summary>The id's text, or an empty string for the unset id.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(UnitId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(UnitId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(UnitId left, UnitId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(UnitId left, UnitId right) => !left.Equals(right);

    /// <summary>Whether the first id sorts before the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(UnitId left, UnitId right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first id sorts after the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(UnitId left, UnitId right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first id sorts before or equal to the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(UnitId left, UnitId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first id sorts after or equal to the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(UnitId left, UnitId right) => left.CompareTo(right) >= 0;
}
