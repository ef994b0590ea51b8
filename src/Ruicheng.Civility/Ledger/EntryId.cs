using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// The id of a points-ledger entry (积分记录编号), assigned by the ledger in order of appending.
/// </summary>
/// <remarks>
/// A code of 1–64 characters without whitespace (e.g. <c>E-000000000123</c>), compared ordinally.
/// The default value is unset: its <see cref="Value"/> throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct EntryId : IEquatable<EntryId>, IComparable<EntryId>
{
    private readonly string? _value;

    private EntryId(string value) => _value = value;

    /// <summary>The code's text.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(EntryId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(EntryId) is unset.");

    /// <summary>Whether this is the unset default value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates a code from its text.</summary>
    /// <param name="value">1–64 characters without whitespace.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid code.</exception>
    public static EntryId From(string value) =>
        RuleId.TryFrom(value, out _) ? new EntryId(value) : throw new ArgumentException($"'{value}' is not a valid entry id.", nameof(value));

    /// <summary>Creates a code without throwing.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out EntryId code)
    {
        code = RuleId.TryFrom(value, out _) ? new EntryId(value) : default;
        return !code.IsDefault;
    }

    /// <summary>The code's text.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(EntryId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EntryId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(EntryId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator ==(EntryId left, EntryId right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator !=(EntryId left, EntryId right) => !left.Equals(right);

    /// <summary>Whether the first code sorts first.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(EntryId left, EntryId right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first code sorts last.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(EntryId left, EntryId right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first code sorts first or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(EntryId left, EntryId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first code sorts last or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(EntryId left, EntryId right) => left.CompareTo(right) >= 0;
}
