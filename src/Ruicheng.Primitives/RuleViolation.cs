using System.Collections.Immutable;
using System.Text;

namespace Ruicheng.Primitives;

/// <summary>
/// One broken rule (违反的规则): which rule (<see cref="Code"/>), where (<see cref="Path"/>, a JSON path or a
/// field name; empty for a domain rule about the whole aggregate), a human message, the attempted value,
/// and the figures that show it (limit, actual).
/// </summary>
public sealed class RuleViolation
{
    private RuleViolation(RuleId code, string path, string message, string? attemptedValue, ImmutableArray<Figure> figures)
    {
        Code = code;
        Path = path;
        Message = message;
        AttemptedValue = attemptedValue;
        Figures = figures;
    }

    /// <summary>The broken rule's stable id; assert on this, not on <see cref="Message"/>.</summary>
    public RuleId Code { get; }

    /// <summary>Where the problem is: a JSON path such as <c>$.tiers[2].limitDays</c>, a field name, or empty.</summary>
    public string Path { get; }

    /// <summary>A human-readable explanation, in English.</summary>
    public string Message { get; }

    /// <summary>The rejected value as text, when there is one.</summary>
    public string? AttemptedValue { get; }

    /// <summary>The figures that show the breach, e.g. <c>limit = 20</c>, <c>actual = 25</c>.</summary>
    public ImmutableArray<Figure> Figures { get; }

    /// <summary>Creates a violation of a domain rule.</summary>
    /// <param name="code">The broken rule.</param>
    /// <param name="message">What is wrong, in words.</param>
    /// <param name="figures">The figures that show the breach.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is unset or <paramref name="message"/> empty.</exception>
    public static RuleViolation Of(RuleId code, string message, params ReadOnlySpan<Figure> figures) =>
        At(code, string.Empty, message, null, figures);

    /// <summary>Creates a violation located at a path in some input, with the value that was rejected.</summary>
    /// <param name="code">The broken rule.</param>
    /// <param name="path">Where in the input: a JSON path, a CSV line and column, a field name.</param>
    /// <param name="message">What is wrong, in words.</param>
    /// <param name="attemptedValue">The rejected value as text, if any.</param>
    /// <param name="figures">The figures that show the breach.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is unset or <paramref name="message"/> empty.</exception>
    public static RuleViolation At(RuleId code, string path, string message, string? attemptedValue = null, params ReadOnlySpan<Figure> figures)
    {
        Preconditions.CheckArgument(!code.IsDefault, nameof(code), "A violation needs the id of the rule it breaks.");
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new RuleViolation(code, path, message, attemptedValue, ImmutableArray.Create(figures));
    }

    /// <summary>The violation as one line: <c>[code] path: message (figures)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append('[').Append(Code).Append("] ");
        if (Path.Length > 0)
        {
            text.Append(Path).Append(": ");
        }

        text.Append(Message);
        if (!Figures.IsEmpty)
        {
            text.Append(" (").AppendJoin(", ", Figures).Append(')');
        }

        return text.ToString();
    }
}
