using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ruicheng.Primitives.Rulebooks.Changes;

/// <summary>
/// The structural comparison behind <see cref="RulebookComparison"/>: objects by property, lists of objects by their
/// key fields, lists of distinct plain values as sets, anything else as a whole value.
/// </summary>
internal static class RulebookDiff
{
    /// <summary>Fields that identify an element of a list of objects, tried in this order.</summary>
    private static readonly string[] KeyCandidates = ["id", "code", "kind", "tier", "period", "year", "stage", "level", "class", "name", "date", "village"];

    internal const string VersionField = "effectiveFrom";

    public static List<RulebookChange> Compare(JsonNode oldDocument, JsonNode newDocument)
    {
        var changes = new List<RulebookChange>();
        Compare([], oldDocument, newDocument, changes);
        return changes;
    }

    private static void Compare(ImmutableArray<PathSegment> path, JsonNode? a, JsonNode? b, List<RulebookChange> changes)
    {
        switch (a, b)
        {
            case (JsonObject x, JsonObject y):
                foreach (var (name, value) in x)
                {
                    if (!y.ContainsKey(name))
                    {
                        changes.Add(new(RulebookChangeKind.Removed, path.Add(new PathSegment.Property(name)), value, null));
                    }
                }

                foreach (var (name, value) in y)
                {
                    if (x.TryGetPropertyValue(name, out var before))
                    {
                        Compare(path.Add(new PathSegment.Property(name)), before, value, changes);
                    }
                    else
                    {
                        changes.Add(new(RulebookChangeKind.Added, path.Add(new PathSegment.Property(name)), null, value));
                    }
                }

                break;

            case (JsonArray x, JsonArray y) when KeyOf(x, y) is { } key:
                CompareKeyed(path, x, y, key, changes);
                break;

            case (JsonArray x, JsonArray y) when IsSet(x) && IsSet(y):
                CompareSets(path, x, y, changes);
                break;

            default:
                if (!ValueEquals(a, b))
                {
                    changes.Add(new(RulebookChangeKind.Changed, path, a, b));
                }

                break;
        }
    }

    private static void CompareKeyed(ImmutableArray<PathSegment> path, JsonArray x, JsonArray y, string[] key, List<RulebookChange> changes)
    {
        var oldKeys = x.Select(e => ElementOf(e!, key)).ToList();
        var newKeys = y.Select(e => ElementOf(e!, key)).ToList();
        for (var i = 0; i < x.Count; i++)
        {
            if (!newKeys.Contains(oldKeys[i]))
            {
                changes.Add(new(RulebookChangeKind.Removed, path.Add(oldKeys[i]), x[i], null));
            }
        }

        for (var i = 0; i < y.Count; i++)
        {
            var at = oldKeys.IndexOf(newKeys[i]);
            if (at >= 0)
            {
                Compare(path.Add(newKeys[i]), x[at], y[i], changes);
            }
            else
            {
                changes.Add(new(RulebookChangeKind.Added, path.Add(newKeys[i]), null, y[i]));
            }
        }

        Reordered(path, [.. oldKeys], [.. newKeys], changes);
    }

    private static void CompareSets(ImmutableArray<PathSegment> path, JsonArray x, JsonArray y, List<RulebookChange> changes)
    {
        var oldMembers = x.Select(e => (PathSegment)new PathSegment.Member(Text((JsonValue)e!))).ToList();
        var newMembers = y.Select(e => (PathSegment)new PathSegment.Member(Text((JsonValue)e!))).ToList();
        for (var i = 0; i < x.Count; i++)
        {
            if (!newMembers.Contains(oldMembers[i]))
            {
                changes.Add(new(RulebookChangeKind.Removed, path.Add(oldMembers[i]), x[i], null));
            }
        }

        for (var i = 0; i < y.Count; i++)
        {
            if (!oldMembers.Contains(newMembers[i]))
            {
                changes.Add(new(RulebookChangeKind.Added, path.Add(newMembers[i]), null, y[i]));
            }
        }

        Reordered(path, oldMembers, newMembers, changes);
    }

    /// <summary>
    /// A list is reordered when applying its removals (in place) and additions (appended, in the new order) does not
    /// give the new order.
    /// </summary>
    private static void Reordered(ImmutableArray<PathSegment> path, List<PathSegment> oldKeys, List<PathSegment> newKeys, List<RulebookChange> changes)
    {
        var expected = oldKeys.Where(newKeys.Contains).Concat(newKeys.Where(k => !oldKeys.Contains(k))).ToList();
        if (!expected.SequenceEqual(newKeys))
        {
            changes.Add(new(
                RulebookChangeKind.Reordered, path,
                new JsonArray([.. oldKeys.Select(k => (JsonNode)JsonValue.Create(KeyText(k)))]),
                new JsonArray([.. newKeys.Select(k => (JsonNode)JsonValue.Create(KeyText(k)))]),
                [.. newKeys]));
        }
    }

    private static string KeyText(PathSegment key) => key.ToString()[1..^1];

    private static PathSegment.Element ElementOf(JsonNode element, string[] key) =>
        new([.. key.Select(k => KeyValuePair.Create(k, Text((JsonValue)element[k]!)))]);

    /// <summary>The key fields of a pair of lists of objects: one candidate field, or it with the effective date, unique in each list.</summary>
    private static string[]? KeyOf(JsonArray x, JsonArray y)
    {
        if (x.Concat(y).Any(e => e is not JsonObject))
        {
            return null;
        }

        foreach (var candidate in KeyCandidates)
        {
            foreach (string[] key in (string[][])[[candidate], [candidate, VersionField]])
            {
                if (x.Concat(y).All(e => key.All(k => e![k] is JsonValue)) && Unique(x, key) && Unique(y, key))
                {
                    return key;
                }
            }
        }

        return null;
    }

    private static bool Unique(JsonArray list, string[] key) =>
        list.Select(e => string.Join('\u001f', key.Select(k => Text((JsonValue)e![k]!)))).Distinct(StringComparer.Ordinal).Count() == list.Count;

    private static bool IsSet(JsonArray list) =>
        list.All(e => e is JsonValue) && list.Select(e => Text((JsonValue)e!)).Distinct(StringComparer.Ordinal).Count() == list.Count;

    /// <summary>A plain value as text: strings as they are, numbers in their shortest exact form, true/false/null.</summary>
    internal static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => Number(value),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Number(JsonValue value)
    {
        var raw = value.ToJsonString();
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
            : raw;
    }

    /// <summary>Structural equality: objects regardless of property order, lists in order, numbers by value.</summary>
    internal static bool ValueEquals(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var other) && ValueEquals(p.Value, other)),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => ValueEquals(p.First, p.Second)),
        (JsonValue x, JsonValue y) => x.GetValueKind() == y.GetValueKind() && string.Equals(Text(x), Text(y), StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Applies changes, in order, to a document (changed in place).</summary>
    /// <exception cref="InvalidOperationException">A change's location is not in the document.</exception>
    public static void Apply(JsonObject document, IEnumerable<RulebookChange> changes)
    {
        foreach (var change in changes)
        {
            Apply(document, change);
        }
    }

    private static void Apply(JsonObject document, RulebookChange change)
    {
        if (change.Kind == RulebookChangeKind.Reordered)
        {
            var list = Navigate(document, change.Segments, change) as JsonArray ?? throw Missing(change);
            var elements = list.ToList();
            list.Clear();
            foreach (var key in change.NewOrder)
            {
                var element = elements.FirstOrDefault(e => Matches(key, e)) ?? throw Missing(change);
                elements.Remove(element);
                list.Add(element);
            }

            return;
        }

        if (change.Segments.IsEmpty)
        {
            throw new InvalidOperationException("A change to the whole document cannot be applied.");
        }

        var parent = Navigate(document, change.Segments[..^1], change);
        switch (change.Segments[^1], parent)
        {
            case (PathSegment.Property property, JsonObject o):
                if (change.Kind == RulebookChangeKind.Removed)
                {
                    o.Remove(property.Name);
                }
                else
                {
                    o[property.Name] = change.New?.DeepClone();
                }

                break;
            case (PathSegment last, JsonArray a):
                var at = a.ToList().FindIndex(e => Matches(last, e));
                if (change.Kind == RulebookChangeKind.Added)
                {
                    a.Add(change.New?.DeepClone());
                }
                else if (at < 0)
                {
                    throw Missing(change);
                }
                else if (change.Kind == RulebookChangeKind.Removed)
                {
                    a.RemoveAt(at);
                }
                else
                {
                    a[at] = change.New?.DeepClone();
                }

                break;
            default:
                throw Missing(change);
        }
    }

    private static bool Matches(PathSegment segment, JsonNode? node) => segment switch
    {
        PathSegment.Element element => element.Matches(node),
        PathSegment.Member member => node is JsonValue v && Text(v) == member.Value,
        _ => false,
    };

    private static JsonNode? Navigate(JsonNode document, IEnumerable<PathSegment> segments, RulebookChange change)
    {
        JsonNode? node = document;
        foreach (var segment in segments)
        {
            node = (segment, node) switch
            {
                (PathSegment.Property p, JsonObject o) when o.TryGetPropertyValue(p.Name, out var child) => child,
                (_, JsonArray a) => a.FirstOrDefault(e => Matches(segment, e)) ?? throw Missing(change),
                _ => throw Missing(change),
            };
        }

        return node;
    }

    private static InvalidOperationException Missing(RulebookChange change) =>
        new($"The document has no value at {change.Path}; the change was listed for another rulebook.");
}
