using System.Collections.Immutable;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives;

/// <summary>
/// Why the engine decided what it did (说明): the rulebook and version in force, and each rule applied with
/// its figures, in the order applied. Two explanations are equal when their rulebooks and steps (in order) are equal.
/// In JSON: <c>{"rulebook": "id@1.0" | null, "steps": [{"rule", "summary", "key"?, "arguments"?, "figures": [{"name", "value"}]}]}</c>
/// (<c>key</c> and <c>arguments</c> only for a step written from a message, see <see cref="ExplanationStep.Key"/>).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ExplanationJsonConverter))]
public sealed class Explanation : IEquatable<Explanation>
{
    private Explanation(RulebookReference? rulebook, ImmutableArray<ExplanationStep> steps)
    {
        Rulebook = rulebook;
        Steps = steps;
    }

    /// <summary>The rulebook the decision applied, or null for a decision that uses no rulebook.</summary>
    public RulebookReference? Rulebook { get; }

    /// <summary>The rules applied, in order.</summary>
    public ImmutableArray<ExplanationStep> Steps { get; }

    /// <summary>Creates an explanation.</summary>
    /// <param name="rulebook">The rulebook applied, if any.</param>
    /// <param name="steps">The steps, in order.</param>
    public static Explanation Create(RulebookReference? rulebook, IEnumerable<ExplanationStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return new Explanation(rulebook, steps.ToImmutableArray());
    }

    /// <summary>The explanation as lines: the rulebook first, then one line per step.</summary>
    public override string ToString()
    {
        var header = Rulebook is { } reference ? $"rulebook {reference}" : "no rulebook";
        return string.Join(Environment.NewLine, Steps.Select(s => "  " + s).Prepend(header));
    }

    /// <summary>Whether the rulebooks and the steps (in order) are equal.</summary>
    /// <param name="other">The other explanation.</param>
    public bool Equals(Explanation? other) =>
        other is not null && Equals(Rulebook, other.Rulebook) && Steps.SequenceEqual(other.Steps);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Explanation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rulebook, Steps.Length);
}
