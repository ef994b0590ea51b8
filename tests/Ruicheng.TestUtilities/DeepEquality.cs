using System.Collections;
using System.Reflection;
using NodaTime;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.TestUtilities;

/// <summary>Field-by-field equality over public properties: sequences element-wise, sets as sets, rulebook objects by identity.</summary>
public static class DeepEquality
{
    public static bool Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var type = a.GetType();
        if (type != b.GetType())
        {
            return false;
        }

        if (a is string || type.IsPrimitive || type.IsEnum || a is decimal || a is Instant || a is LocalDate || (type.IsValueType && !type.IsGenericType))
        {
            return a.Equals(b);
        }

        if (a is IRulebook or Ruicheng.Governance.Disputes.DisputeCaseType or Ruicheng.Governance.Disputes.EscalationTier or Ruicheng.Governance.Disputes.EscalationLadder)
        {
            return ReferenceEquals(a, b);
        }

        if (type.IsValueType && type.IsGenericType && !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return a.Equals(b);
        }

        if (a is IEnumerable left && b is IEnumerable right)
        {
            var x = left.Cast<object?>().ToList();
            var y = right.Cast<object?>().ToList();
            if (x.Count != y.Count)
            {
                return false;
            }

            return type.Name.Contains("Set", StringComparison.Ordinal)
                ? x.All(e => y.Any(f => Equal(e, f)))
                : x.Zip(y).All(p => Equal(p.First, p.Second));
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .All(p => Equal(p.GetValue(a), p.GetValue(b)));
    }
}
