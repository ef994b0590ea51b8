namespace Ruicheng.Primitives;

/// <summary>
/// A typed string id (<see cref="UnitId"/>, <see cref="ResidentId"/>, <see cref="RuleId"/>, …): its text of 1–64
/// characters without whitespace or control characters, compared ordinally. Every id of the packages is declared once
/// and its members, this interface included, are written by the build, so a store or serializer converts any id the
/// same way: to its <see cref="Value"/> and back through <see cref="IStringId{TSelf}.From"/>.
/// </summary>
public interface IStringId
{
    /// <summary>The id's text.</summary>
    /// <exception cref="InvalidOperationException">The id is the unset <c>default</c>.</exception>
    string Value { get; }

    /// <summary>Whether this is the unset <c>default</c> value.</summary>
    bool IsDefault { get; }
}

/// <summary>A typed string id that can be created from its text without knowing its type in advance (a store's converter, a generic reader).</summary>
/// <typeparam name="TSelf">The id type.</typeparam>
public interface IStringId<TSelf> : IStringId, IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IStringId<TSelf>
{
    /// <summary>Creates an id from its text.</summary>
    /// <param name="value">1–64 characters without whitespace or control characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    static abstract TSelf From(string value);

    /// <summary>Creates an id from its text, or reports that the text is not a valid id.</summary>
    /// <param name="value">The text; may be null.</param>
    /// <param name="id">The id, or <c>default</c>.</param>
    /// <returns>Whether <paramref name="value"/> is a valid id.</returns>
    static abstract bool TryFrom(string? value, out TSelf id);
}
