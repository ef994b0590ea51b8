using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Primitives;

/// <summary>
/// The id of a registered household (户). Governance registers households in grids; Economy and Civility refer to them by this id.
/// </summary>
/// <remarks>
/// An opaque, case-sensitive text of 1–64 characters without whitespace (e.g. <c>H-0001234</c>), compared ordinally.
/// The default value is the unset id: its <see cref="Value"/> throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct HouseholdId : IEquatable<HouseholdId>, IComparable<HouseholdId>
{
    private readonly string? _value;

    private HouseholdId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(HouseholdId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(HouseholdId) is unset; create ids with HouseholdId.From.");

    /// <summary>Whether this is the unset <c>default</c> value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates an id from its text.</summary>
    /// <param name="value">1–64 characters without whitespace or control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has whitespace.</exception>
    public static HouseholdId From(string value) => new(IdentifierText.Check(value, nameof(value), "household id"));

    /// <summary>Creates an id from its text without throwing.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The id, or <c>default</c> when the text is not valid.</param>
    /// <returns>Whether the text was a valid id.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out HouseholdId id)
    {
        id = IdentifierText.IsValid(value) ? new HouseholdId(value) : default;
        return !id.IsDefault;
    }

    /// <summary>The id's text, or an empty string for the unset id.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(HouseholdId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HouseholdId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(HouseholdId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator ==(HouseholdId left, HouseholdId right) => left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator !=(HouseholdId left, HouseholdId right) => !left.Equals(right);

    /// <summary>Whether the first id sorts before the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <(HouseholdId left, HouseholdId right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first id sorts after the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >(HouseholdId left, HouseholdId right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first id sorts before or equal to the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator <=(HouseholdId left, HouseholdId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first id sorts after or equal to the second (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    public static bool operator >=(HouseholdId left, HouseholdId right) => left.CompareTo(right) >= 0;
}
