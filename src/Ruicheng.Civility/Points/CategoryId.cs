using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Civility.Points;

/// <summary>
/// The id of a civility-points category (积分类别): volunteering, filial piety, sanitation, law-abiding, customs reform, honours, …
/// </summary>
/// <remarks>
/// A code of 1–64 characters without whitespace (e.g. <c>volunteering</c>), compared ordinally; the list of codes is
/// rulebook data. The default value is unset: its <see cref="Value"/> throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct CategoryId : IEquatable<CategoryId>, IComparable<CategoryId>
{
    private readonly string? _value;

    private CategoryId(string value) => _value = value;

    /// <summary>The code's text.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(CategoryId)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(CategoryId) is unset.");

    /// <summary>Whether this is the unset default value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Creates a code from its text.</summary>
    /// <param name="value">1–64 characters without whitespace.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid code.</exception>
    public static CategoryId From(string value) =>
        RuleId.TryFrom(value, out _) ? new CategoryId(value) : throw new ArgumentException($"'{value}' is not a valid category id.", nameof(value));

    /// <summary>Creates a code without throwing.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="code">The code, or <c>default</c>.</param>
    /// <returns>Whether the text was valid.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out CategoryId code)
    {
        code = RuleId.TryFrom(value, out _) ? new CategoryId(value) : default;
        return !code.IsDefault;
    }

    /// <summary>The code's text.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(CategoryId other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategoryId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(CategoryId other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator ==(CategoryId left, CategoryId right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator !=(CategoryId left, CategoryId right) => !left.Equals(right);

    /// <summary>Whether the first code sorts first.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(CategoryId left, CategoryId right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first code sorts last.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(CategoryId left, CategoryId right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first code sorts first or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(CategoryId left, CategoryId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first code sorts last or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(CategoryId left, CategoryId right) => left.CompareTo(right) >= 0;
}
