using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Governance.Hierarchy;

/// <summary>
/// A statistical division code (统计用区划代码). County, township and village codes are the national 12-digit
/// codes: 6 digits for the county (Ruicheng is <c>140830</c>, written <c>140830000000</c>), 3 more for the township,
/// 3 more for the village or community. Grids have no national code; a grid's code extends its village's
/// 12 digits with a 3-digit grid number (15 digits), as county grid-management systems number them.
/// </summary>
/// <remarks>The default value is unset: its <see cref="Value"/> throws <see cref="InvalidOperationException"/>.</remarks>
public readonly struct DivisionCode : IEquatable<DivisionCode>, IComparable<DivisionCode>, IComparable
{
    private const int StatisticalLength = 12;
    private const int GridLength = 15;

    private readonly string? _value;

    private DivisionCode(string value) => _value = value;

    /// <summary>The code's digits: 12 for county, township and village, 15 for a grid.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(DivisionCode)</c>.</exception>
    public string Value => _value ?? throw new InvalidOperationException("default(DivisionCode) is unset.");

    /// <summary>Whether this is the unset default value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>The most specific level this code can name, from its digits.</summary>
    public UnitLevel Level => Value.Length == GridLength ? UnitLevel.Grid
        : Value.AsSpan(9).SequenceEqual("000") is false ? UnitLevel.Village
        : Value.AsSpan(6, 3).SequenceEqual("000") is false ? UnitLevel.Township
        : UnitLevel.County;

    /// <summary>The significant prefix of the code: 6 digits for a county, 9 for a township, 12 for a village, 15 for a grid.</summary>
    public string SignificantPrefix => Value[..SignificantLength(Level)];

    /// <summary>Parses a code: 6 digits (a county, padded), 9 (a township, padded), 12 or 15 digits.</summary>
    /// <param name="text">The digits.</param>
    /// <exception cref="FormatException">The text is not such a code.</exception>
    public static DivisionCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a division code: expected 6, 9, 12 or 15 digits.");

    /// <summary>Parses a code without throwing; see <see cref="Parse"/>.</summary>
    /// <param name="text">The digits.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out DivisionCode code)
    {
        code = default;
        if (text is null || text.Length is not (6 or 9 or StatisticalLength or GridLength) || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new DivisionCode(text.Length < StatisticalLength ? text.PadRight(StatisticalLength, '0') : text);
        return true;
    }

    /// <summary>Whether this code lies inside <paramref name="ancestor"/>'s area: it starts with the ancestor's significant prefix.</summary>
    /// <param name="ancestor">The candidate enclosing code.</param>
    public bool IsWithin(DivisionCode ancestor) => Value.StartsWith(ancestor.SignificantPrefix, StringComparison.Ordinal);

    /// <summary>The number of significant digits at a level.</summary>
    /// <param name="level">The level.</param>
    public static int SignificantLength(UnitLevel level) => level switch
    {
        UnitLevel.County => 6,
        UnitLevel.Township => 9,
        UnitLevel.Village => StatisticalLength,
        UnitLevel.Grid => GridLength,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level."),
    };

    /// <summary>The digits.</summary>
    public override string ToString() => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(DivisionCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DivisionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc />
    public int CompareTo(DivisionCode other) => string.CompareOrdinal(_value, other._value);

    /// <summary>
    /// Compares with a boxed code (ordinal, as <see cref="CompareTo(DivisionCode)"/>), so ordering by code works where the
    /// key is boxed (e.g. an Ardalis specification evaluated in memory); null sorts first.
    /// </summary>
    /// <param name="obj">A <see cref="DivisionCode"/>, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="DivisionCode"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DivisionCode other => CompareTo(other),
        _ => throw new ArgumentException($"A division code compares only with a division code, not {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator ==(DivisionCode left, DivisionCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator !=(DivisionCode left, DivisionCode right) => !left.Equals(right);

    /// <summary>Whether the first code sorts first.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <(DivisionCode left, DivisionCode right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first code sorts last.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >(DivisionCode left, DivisionCode right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first code sorts first or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator <=(DivisionCode left, DivisionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first code sorts last or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    public static bool operator >=(DivisionCode left, DivisionCode right) => left.CompareTo(right) >= 0;
}
