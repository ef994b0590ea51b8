using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace Ruicheng.Primitives.Rulebooks.Changes;

/// <summary>
/// One change between two versions of a rulebook (修订): what happened (<see cref="Kind"/>), where in the rulebook's
/// JSON document (<see cref="Path"/>), and the values before and after as compact JSON.
/// </summary>
/// <remarks>
/// <para>A path starts at <c>$</c> and reads left to right: <c>.name</c> is a property; <c>[id=security-patrol]</c> is
/// the element of a list of objects whose key fields have those values (several key fields are comma-separated, e.g.
/// <c>[id=volunteer-labour,effectiveFrom=2024-01-01]</c> for one version of a rule); <c>[=2026-10-08]</c> is the member
/// of a list of distinct plain values (dates, ids). In key values a backslash escapes <c>\</c>, <c>]</c>, <c>,</c> and
/// <c>=</c>. Numbers are written in their shortest exact form (<c>1.0</c> is <c>1</c>).</para>
/// </remarks>
public sealed class RulebookChange
{
    internal RulebookChange(RulebookChangeKind kind, ImmutableArray<PathSegment> segments, JsonNode? oldValue, JsonNode? newValue, ImmutableArray<PathSegment> newOrder = default)
    {
        Kind = kind;
        Segments = segments;
        Old = oldValue?.DeepClone();
        New = newValue?.DeepClone();
        NewOrder = newOrder.IsDefault ? [] : newOrder;
        Path = "$" + string.Concat(segments.Select(s => s.ToString()));
    }

    /// <summary>Added, removed, changed or reordered.</summary>
    public RulebookChangeKind Kind { get; }

    /// <summary>Where: a path into the rulebook's JSON document, e.g. <c>$.credit.tiers[tier=AAA].min</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The value before, as compact JSON; null for <see cref="RulebookChangeKind.Added"/>. For
    /// <see cref="RulebookChangeKind.Reordered"/>, the list's element keys in the old order (a JSON array of strings).
    /// </summary>
    public string? OldValue => Old?.ToJsonString();

    /// <summary>
    /// The value after, as compact JSON; null for <see cref="RulebookChangeKind.Removed"/>. For
    /// <see cref="RulebookChangeKind.Reordered"/>, the keys in the new order.
    /// </summary>
    public string? NewValue => New?.ToJsonString();

    internal ImmutableArray<PathSegment> Segments { get; }

    internal JsonNode? Old { get; }

    internal JsonNode? New { get; }

    internal ImmutableArray<PathSegment> NewOrder { get; }

    /// <summary><c>Kind Path: old → new</c>.</summary>
    public override string ToString() => $"{Kind} {Path}: {OldValue ?? "-"} → {NewValue ?? "-"}";
}
