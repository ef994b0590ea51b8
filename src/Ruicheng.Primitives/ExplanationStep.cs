using System.Collections.Immutable;

namespace Ruicheng.Primitives;

/// <summary>
/// One step of an explanation: the rule applied, what it did (<see cref="Summary"/>, in English), and the figures it
/// used. A step written from a message catalog also carries its message <see cref="Key"/> and the
/// <see cref="Arguments"/> the message reads, so that <see cref="MessageCatalog.Describe(ExplanationStep, System.Globalization.CultureInfo)"/>
/// renders it in Chinese or English from the same structured values. Two steps are equal when rule, key, summary,
/// arguments and figures (in order) are equal. In JSON: <c>{"rule", "summary", "key"?, "arguments"?, "figures": [{"name", "value"}]}</c>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ExplanationStepJsonConverter))]
public sealed class ExplanationStep : IEquatable<ExplanationStep>
{
    private ExplanationStep(RuleId rule, string key, string summary, ImmutableArray<Figure> arguments, ImmutableArray<Figure> figures)
    {
        Rule = rule;
        Key = key;
        Summary = summary;
        Arguments = arguments;
        Figures = figures;
    }

    /// <summary>The rule applied (its rulebook key).</summary>
    public RuleId Rule { get; }

    /// <summary>
    /// The message the step is written from (e.g. <c>governance.deadline.counted</c>; several clauses are joined by
    /// <c>;</c>, a clause's own values marked <c>@n</c>), or empty for a step written as plain text.
    /// </summary>
    public string Key { get; }

    /// <summary>What the rule did, in English (the message rendered in English, or the plain text).</summary>
    public string Summary { get; }

    /// <summary>
    /// The values the message reads besides <see cref="Figures"/> (names, lists of days, words), formatted invariantly;
    /// a clause's own values are named <c>n:name</c>. Empty for a plain-text step.
    /// </summary>
    public ImmutableArray<Figure> Arguments { get; }

    /// <summary>The figures used.</summary>
    public ImmutableArray<Figure> Figures { get; }

    /// <summary>Creates a plain-text step (no message key; it reads the same in every language).</summary>
    /// <param name="rule">The rule applied.</param>
    /// <param name="summary">What it did.</param>
    /// <param name="figures">The figures used.</param>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is unset or <paramref name="summary"/> empty.</exception>
    public static ExplanationStep Of(RuleId rule, string summary, params ReadOnlySpan<Figure> figures)
    {
        Preconditions.CheckArgument(!rule.IsDefault, nameof(rule), "An explanation step names the rule it applied.");
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        return new ExplanationStep(rule, string.Empty, summary, [], ImmutableArray.Create(figures));
    }

    /// <summary>Creates a step from a message: used by <see cref="MessageCatalog.Step"/> and when reading stored steps.</summary>
    internal static ExplanationStep Keyed(RuleId rule, string key, string summary, ImmutableArray<Figure> arguments, ImmutableArray<Figure> figures)
    {
        Preconditions.CheckArgument(!rule.IsDefault, nameof(rule), "An explanation step names the rule it applied.");
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        return new ExplanationStep(rule, key, summary, arguments, figures);
    }

    /// <summary><c>[rule] summary (figures)</c>.</summary>
    public override string ToString() =>
        Figures.IsEmpty ? $"[{Rule}] {Summary}" : $"[{Rule}] {Summary} ({string.Join(", ", Figures)})";

    /// <summary>Whether rule, key, summary, arguments and figures (in order) are equal.</summary>
    /// <param name="other">The other step.</param>
    public bool Equals(ExplanationStep? other) =>
        other is not null && Rule == other.Rule && string.Equals(Key, other.Key, StringComparison.Ordinal)
        && string.Equals(Summary, other.Summary, StringComparison.Ordinal) && Arguments.SequenceEqual(other.Arguments) && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExplanationStep);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, StringComparer.Ordinal.GetHashCode(Summary), Figures.Length);
}
