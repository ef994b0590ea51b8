using System.Globalization;

namespace Ruicheng.Primitives.Rulebooks;

/// <summary>
/// The version of a rulebook (规则版本), <c>major.minor</c>: a county bumps the major version when it adopts
/// new rules democratically, the minor one for corrections that change no outcome.
/// </summary>
/// <remarks>The default value is <c>0.0</c>, which no valid rulebook carries.</remarks>
public readonly struct RulebookVersion : IEquatable<RulebookVersion>, IComparable<RulebookVersion>
{
    private RulebookVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    /// <summary>The major version, 1 or more for a real rulebook.</summary>
    public int Major { get; }

    /// <summary>The minor version, 0 or more.</summary>
    public int Minor { get; }

    /// <summary>Creates a version.</summary>
    /// <param name="major">The major version, at least 1.</param>
    /// <param name="minor">The minor version, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public static RulebookVersion Of(int major, int minor = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(major, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        return new RulebookVersion(major, minor);
    }

    /// <summary>Parses <c>major.minor</c> (or just <c>major</c>), e.g. <c>1.0</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="FormatException">The text is not a version.</exception>
    public static RulebookVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a rulebook version such as 1.0.");

    /// <summary>Parses a version without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="version">The version, or <c>default</c> on failure.</param>
    /// <returns>Whether the text was a version.</returns>
    public static bool TryParse(string? text, out RulebookVersion version)
    {
        version = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var pieces = text.Split('.');
        if (pieces.Length > 2
            || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) || major < 1)
        {
            return false;
        }

        var minor = 0;
        if (pieces.Length == 2 && !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor))
        {
            return false;
        }

        version = new RulebookVersion(major, minor);
        return true;
    }

    /// <summary><c>major.minor</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    /// <inheritdoc />
    public bool Equals(RulebookVersion other) => Major == other.Major && Minor == other.Minor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RulebookVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor);

    /// <inheritdoc />
    public int CompareTo(RulebookVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <summary>Whether two versions are equal.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    public static bool operator ==(RulebookVersion left, RulebookVersion right) => left.Equals(right);

    /// <summary>Whether two versions differ.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    public static bool operator !=(RulebookVersion left, RulebookVersion right) => !left.Equals(right);

    /// <summary>Whether the first version is older.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    public static bool operator <(RulebookVersion left, RulebookVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether the first version is newer.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    public static bool operator >(RulebookVersion left, RulebookVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether the first version is older or the same.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    public static bool operator <=(RulebookVersion left, RulebookVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the first version is newer or the same.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    public static bool operator >=(RulebookVersion left, RulebookVersion right) => left.CompareTo(right) >= 0;
}
