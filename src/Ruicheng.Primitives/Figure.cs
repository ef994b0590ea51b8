using System.Globalization;

namespace Ruicheng.Primitives;

/// <summary>
/// A named figure that a decision or a violation used (数据), e.g. <c>tables = 25</c>, <c>limit = 20</c>:
/// the numbers that let a person check the engine by hand. Values are formatted invariantly.
/// </summary>
/// <remarks>The default value has an empty name and value.</remarks>
public readonly struct Figure : IEquatable<Figure>
{
    private readonly string? _name;
    private readonly string? _value;

    /// <summary>Creates a figure from a name and an already formatted value.</summary>
    /// <param name="name">What the figure is, e.g. <c>limit</c>.</param>
    /// <param name="value">The formatted value.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public Figure(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        _name = name;
        _value = value;
    }

    /// <summary>What the figure is.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>The value, formatted invariantly.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates a figure from any value, formatting it with the invariant culture.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">What the figure is.</param>
    /// <param name="value">The value.</param>
    public static Figure Of<T>(string name, T value) =>
        new(name, value switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        });

    /// <summary>The figure as <c>name = value</c>.</summary>
    public override string ToString() => $"{Name} = {Value}";

    /// <inheritdoc />
    public bool Equals(Figure other) => Name == other.Name && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Figure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <summary>Whether two figures are equal.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    public static bool operator ==(Figure left, Figure right) => left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    public static bool operator !=(Figure left, Figure right) => !left.Equals(right);
}
