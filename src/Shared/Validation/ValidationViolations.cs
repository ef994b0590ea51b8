using Ruicheng.Primitives;
using System.Text;
using FluentValidation.Results;

namespace Ruicheng.Shared.Validation;

/// <summary>
/// Turns the failures of a FluentValidation validator, run at an input boundary, into <see cref="RuleViolation"/>s
/// whose paths are JSON paths (<c>Tiers[2].LimitDays</c> becomes <c>$.tiers[2].limitDays</c>), so that every
/// problem in a document is reported at once, each where it is.
/// </summary>
internal static class ValidationViolations
{
    /// <summary>The rule id used when a validator rule sets no error code.</summary>
    public static RuleId UnspecifiedCode { get; } = RuleId.From("validation.failed");

    /// <summary>Converts every failure of a validation result.</summary>
    /// <param name="result">The validation result.</param>
    /// <returns>One violation per failure, in the validator's order.</returns>
    public static IReadOnlyList<RuleViolation> From(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.Select(From).ToList();
    }

    /// <summary>Converts one validation failure.</summary>
    /// <param name="failure">The failure.</param>
    public static RuleViolation From(ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var code = RuleId.TryFrom(failure.ErrorCode, out var id) ? id : UnspecifiedCode;
        // A rule about a whole list or section has no single rejected value: the path names it, and a type name
        // ("System.Collections.Generic.List`1[…]") would tell the reader nothing.
        var attempted = failure.AttemptedValue switch
        {
            null => null,
            string text => text,
            IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            System.Collections.IEnumerable => null,
            var other when other.ToString() is not { } text || text == other.GetType().ToString() => null,
            var other => other.ToString(),
        };
        return RuleViolation.At(code, ToJsonPath(failure.PropertyName), failure.ErrorMessage, attempted);
    }

    /// <summary>Converts a FluentValidation property path to a JSON path with camelCase members.</summary>
    /// <param name="propertyPath">E.g. <c>Tiers[2].LimitDays</c>; empty for the root.</param>
    /// <returns>E.g. <c>$.tiers[2].limitDays</c>, or <c>$</c>.</returns>
    public static string ToJsonPath(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return "$";
        }

        var path = new StringBuilder("$");
        foreach (var segment in propertyPath.Split('.'))
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (segment[0] != '[')
            {
                path.Append('.');
            }

            path.Append(char.ToLowerInvariant(segment[0])).Append(segment, 1, segment.Length - 1);
        }

        return path.ToString();
    }
}
