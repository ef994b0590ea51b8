using System.Collections.Immutable;

namespace Ruicheng.Primitives;

/// <summary>
/// One step of an explanation: the rule applied, what it did, and the figures it used. Two steps are equal when rule,
/// summary and figures (in order) are equal.
/// </summary>
public sealed class ExplanationStep : IEquatable<ExplanationStep>
{
    private ExplanationStep(RuleId rule, string summary, ImmutableArray<Figure> figures)
    {
        Rule = rule;
        Summary = summary;
        Figures = figures;
    }

    /// <summary>The rule applied (its rulebook key).</summary>
    public RuleId Rule { get; }

    /// <summary>What the rule did, in words.</summary>
    public string Summary { get; }

    /// <summary>The figures used.</summary>
    public ImmutableArray<Figure> Figures { get; }

    /// <summary>Creates a step.</summary>
    /// <param name="rule">The rule applied.</param>
    /// <param name="summary">What it did.</param>
    /// <param name="figures">The figures used.</param>
    /// <exception cref="ArgumentException"><paramref name="rule"/> is unset or <paramref name="summary"/> empty.</exception>
    public static ExplanationStep Of(RuleId rule, string summary, params ReadOnlySpan<Figure> figures)
    {
        Preconditions.CheckArgument(!rule.IsDefault, nameof(rule), "An explanation step names the rule it applied.");
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        return new ExplanationStep(rule, summary, ImmutableArray.Create(figures));
    }

    /// <summary><c>[rule] summary (figures)</c>.</summary>
    public override string ToString() =>
        Figures.IsEmpty ? $"[{Rule}] {Summary}" : $"[{Rule}] {Summary} ({string.Join(", ", Figures)})";

    /// <summary>Whether rule, summary and figures (in order) are equal.</summary>
    /// <param name="other">The other step.</param>
    public bool Equals(ExplanationStep? other) =>
        other is not null && Rule == other.Rule && string.Equals(Summary, other.Summary, StringComparison.Ordinal) && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExplanationStep);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, StringComparer.Ordinal.GetHashCode(Summary), Figures.Length);
}
