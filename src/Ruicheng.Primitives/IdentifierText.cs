using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Primitives;

/// <summary>The one rule every textual identifier follows: 1–64 characters, no whitespace or control characters.</summary>
internal static class IdentifierText
{
    internal const int MaxLength = 64;

    internal static bool IsValid([NotNullWhen(true)] string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static string Check(string value, string paramName, string kind)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        Preconditions.CheckArgument(
            IsValid(value),
            paramName,
            $"'{value}' is not a valid {kind}: use 1–{MaxLength} characters without whitespace or control characters.");
        return value;
    }
}
