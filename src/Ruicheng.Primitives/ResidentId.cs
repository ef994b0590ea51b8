using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Primitives;

/// <summary>
/// The id of a resident (村民/居民). An opaque id, never a name or an ID-card number.
/// </summary>
/// <remarks>
/// An opaque, case-sensitive text of 1–64 characters without whitespace (e.g. <c>R-0012345</c>), compared ordinally.
/// The default value is the unset id: its <see cref="Value"/> throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct ResidentId : IEquatable<ResidentId>, IComparable<ResidentId>
{
    private readonly string? _value;

    private ResidentId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ResidentId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(ResidentId) is unset; create ids with ResidentId.From.");

    /// <summary>Whether this is the unset <c>default</c> value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id from its text.</summary>
    /// <param name="value">1–64 characters without whitespace or control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has whitespace.</exception>
    public static ResidentId From(string value) => new(IdentifierText.Check(value, nameof(value), "resident id"));

    /// <summary>Creates an id from its text without throwing.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The id, or <c>default</c> when the text is not valid.</param>
    /// <returns>Whether the text was a valid id.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out ResidentId id)
    {
        id = IdentifierText.IsValid(value) ? new ResidentId(value) : default;
        return !id.IsDefault;
    }

    /// <summary>The id's text, or an empty string for the unset id.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(ResidentId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResidentId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(ResidentId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(ResidentId left, ResidentId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(ResidentId left, ResidentId right) => !left.Equals(right);

    /// <summary>Whether the first id sorts before the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(ResidentId left, ResidentId right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first id sorts after the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(ResidentId left, ResidentId right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first id sorts before or equal to the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(ResidentId left, ResidentId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first id sorts after or equal to the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(ResidentId left, ResidentId right) => left.CompareTo(right) >= 0;
}
