using System.Diagnostics.CodeAnalysis;

namespace Ruicheng.Primitives;

/// <summary>
/// Argument checks that name the offending parameter. Internal: every package has the BCL
/// <c>ThrowIf…</c> family for the simple cases; these cover the domain-specific ones.
/// </summary>
internal static class Preconditions
{
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckRange([DoesNotReturnIf(false)] bool expression, string paramName, object? actualValue, string message)
    {
        if (!expression)
        {
            throw new ArgumentOutOfRangeException(paramName, actualValue, message);
        }
    }
}
