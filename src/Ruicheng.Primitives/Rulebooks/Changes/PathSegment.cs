using System.Collections.Immutable;

namespace Ruicheng.Primitives.Rulebooks.Changes;

/// <summary>
/// One step of a change's location: a property of an object, an element of a list of objects found by its key fields,
/// or a member of a list of distinct plain values.
/// </summary>
internal abstract record PathSegment
{
    internal sealed record Property(string Name) : PathSegment
    {
        public override string ToString() => "." + Name;
    }

    internal sealed record Element(ImmutableArray<KeyValuePair<string, string>> Key) : PathSegment
    {
        public override string ToString() => "[" + string.Join(",", Key.Select(k => $"{k.Key}={Escape(k.Value)}")) + "]";

        public bool Equals(Element? other) => other is not null && Key.SequenceEqual(other.Key);

        public override int GetHashCode() => Key.Aggregate(0, (hash, k) => HashCode.Combine(hash, k.Key, k.Value));

        public bool Matches(System.Text.Json.Nodes.JsonNode? node) =>
            node is System.Text.Json.Nodes.JsonObject o && Key.All(k => o[k.Key] is System.Text.Json.Nodes.JsonValue v && RulebookDiff.Text(v) == k.Value);
    }

    internal sealed record Member(string Value) : PathSegment
    {
        public override string ToString() => "[=" + Escape(Value) + "]";
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("=", "\\=", StringComparison.Ordinal);
}
