using System.Collections.Immutable;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime.Text;

namespace Ruicheng.Primitives.Rulebooks.Changes;

/// <summary>
/// What changed between two versions of a rulebook (规则修订对照), as a list of structured changes in document
/// order, and the public notice (公示) that announces them in Chinese or English.
/// </summary>
/// <remarks>
/// <para><b>How documents are compared.</b> Both rulebooks are compared as their validated JSON documents (the
/// <c>$schema</c> property left out). Objects are compared property by property: a property only in the old document
/// is <see cref="RulebookChangeKind.Removed"/>, only in the new one <see cref="RulebookChangeKind.Added"/>. A list of
/// objects is matched element by element on its key: the first of <c>id</c>, <c>code</c>, <c>kind</c>, <c>tier</c>,
/// <c>period</c>, <c>year</c>, <c>stage</c>, <c>level</c>, <c>class</c>, <c>name</c>, <c>date</c>, <c>village</c>
/// that every element of both lists has and that is unique in each — or, when not unique, that field with
/// <c>effectiveFrom</c> (so each version of a rule is its own element). A list of distinct plain values (dates, ids)
/// is compared as a set. Any other list, and any plain value, is compared whole and listed as
/// <see cref="RulebookChangeKind.Changed"/> when different (numbers by value). Changes are listed depth first, in the
/// new document's order; within a list, removals first (old order), then matched and added elements (new order), then
/// one <see cref="RulebookChangeKind.Reordered"/> when the remaining elements stand in another order.</para>
/// <para><b>Applying.</b> <see cref="Apply"/> replays the changes on the old document: removals in place, additions
/// appended, then reordering — so applying the comparison of <c>a</c> and <c>b</c> to <c>a</c>'s document gives a
/// document that compares equal to <c>b</c>'s.</para>
/// </remarks>
public sealed class RulebookComparison
{
    private static readonly ResourceManager Text = new("Ruicheng.Primitives.Rulebooks.Changes.NoticeText", typeof(RulebookComparison).Assembly);

    private readonly JsonObject _old;
    private readonly JsonObject _new;
    private readonly ResourceManager? _terms;

    private RulebookComparison(RulebookHeader oldHeader, RulebookHeader newHeader, JsonObject oldDocument, JsonObject newDocument, ResourceManager? terms)
    {
        OldHeader = oldHeader;
        NewHeader = newHeader;
        _old = oldDocument;
        _new = newDocument;
        _terms = terms;
        Changes = [.. RulebookDiff.Compare(oldDocument, newDocument)];
    }

    /// <summary>The old rulebook's header.</summary>
    public RulebookHeader OldHeader { get; }

    /// <summary>The new (proposed) rulebook's header.</summary>
    public RulebookHeader NewHeader { get; }

    /// <summary>Every change, in the order described in the remarks.</summary>
    public ImmutableArray<RulebookChange> Changes { get; }

    /// <summary>Whether the two rulebooks say the same thing (no change at all, headers included).</summary>
    public bool IsEmpty => Changes.IsEmpty;

    /// <summary>
    /// Compares two rulebook documents. Domain packages call this from their own <c>Compare</c> (e.g.
    /// <c>CivilityRulebook.Compare</c>) with the validated documents their rulebooks were loaded from.
    /// </summary>
    /// <param name="oldHeader">The old rulebook's header.</param>
    /// <param name="oldDocument">The old rulebook's JSON document.</param>
    /// <param name="newHeader">The new rulebook's header.</param>
    /// <param name="newDocument">The new rulebook's JSON document.</param>
    /// <param name="terms">
    /// The names of the document's fields in each language (resource key = JSON property name) and of its coded
    /// values (resource key <c>=value</c>, e.g. <c>=month</c>), for the notice; anything without a name is shown as
    /// written in the document.
    /// </param>
    /// <exception cref="ArgumentException">A document is not a JSON object.</exception>
    public static RulebookComparison Compare(RulebookHeader oldHeader, string oldDocument, RulebookHeader newHeader, string newDocument, ResourceManager? terms)
    {
        ArgumentNullException.ThrowIfNull(oldHeader);
        ArgumentNullException.ThrowIfNull(newHeader);
        return new RulebookComparison(oldHeader, newHeader, Parse(oldDocument, nameof(oldDocument)), Parse(newDocument, nameof(newDocument)), terms);
    }

    /// <summary>
    /// The old document with every change applied (compact JSON, without <c>$schema</c>): it compares equal to the new
    /// rulebook's document.
    /// </summary>
    /// <param name="oldDocument">The old rulebook's JSON document (the one compared, or one equal to it).</param>
    /// <exception cref="ArgumentException">The document is not a JSON object.</exception>
    /// <exception cref="InvalidOperationException">A change's location is not in the document (it is another rulebook).</exception>
    public string Apply(string oldDocument)
    {
        var document = Parse(oldDocument, nameof(oldDocument));
        RulebookDiff.Apply(document, Changes);
        return document.ToJsonString();
    }

    /// <summary>
    /// The public notice (公示) in a language: the title and the effective date first, then one numbered line per
    /// change in plain words (old → new). zh-CN (or any Chinese culture) gives Chinese, any other culture English.
    /// Dates read <c>2026年10月13日</c> in Chinese and <c>13 October 2026</c> in English; numbers and ids are written
    /// as in the rulebook.
    /// </summary>
    /// <param name="culture">The reader's culture.</param>
    public string ToNotice(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var text = new StringBuilder();
        text.AppendLine(Format(culture, "notice.title", NewHeader.Title));
        text.AppendLine(Format(culture, "notice.versions", NewHeader.Id, OldHeader.Version, NewHeader.Version, Date(culture, NewHeader.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))));
        text.AppendLine(IsEmpty ? Format(culture, "notice.none") : Format(culture, "notice.count", Changes.Length));
        var number = 1;
        foreach (var change in Changes)
        {
            text.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(Describe(change, culture));
        }

        return text.ToString();
    }

    /// <summary>One change in plain words, as in <see cref="ToNotice"/>.</summary>
    /// <param name="change">A change of this comparison.</param>
    /// <param name="culture">The reader's culture.</param>
    public string Describe(RulebookChange change, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(culture);
        var where = Where(change.Segments, culture);
        return change.Kind switch
        {
            RulebookChangeKind.Added => Format(culture, "change.added", where, Value(change.New, culture)),
            RulebookChangeKind.Removed => Format(culture, "change.removed", where, Value(change.Old, culture)),
            RulebookChangeKind.Reordered => Format(culture, "change.reordered", where, Value(change.Old, culture), Value(change.New, culture)),
            _ => Format(culture, "change.changed", where, Value(change.Old, culture), Value(change.New, culture)),
        };
    }

    /// <summary>The resource key of every text the notice uses (all exist in English and in Chinese).</summary>
    public static ImmutableArray<string> NoticeKeys { get; } =
        ["notice.title", "notice.versions", "notice.none", "notice.count", "change.added", "change.removed", "change.changed", "change.reordered",
         "value.true", "value.false", "value.null", "path.separator", "element.named", "date.pattern", "list.separator"];

    private string Where(ImmutableArray<PathSegment> segments, CultureInfo culture)
    {
        var parts = new List<string>();
        JsonNode? oldNode = _old;
        JsonNode? newNode = _new;
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case PathSegment.Property property:
                    parts.Add(Term(property.Name, culture));
                    oldNode = (oldNode as JsonObject)?[property.Name];
                    newNode = (newNode as JsonObject)?[property.Name];
                    break;
                case PathSegment.Element element:
                    oldNode = (oldNode as JsonArray)?.FirstOrDefault(element.Matches);
                    newNode = (newNode as JsonArray)?.FirstOrDefault(element.Matches);
                    parts.Add(Label(element, newNode ?? oldNode, culture));
                    break;
                case PathSegment.Member member:
                    parts.Add(Word(member.Value, culture));
                    break;
            }
        }

        return parts.Count == 0 ? "$" : string.Join(Format(culture, "path.separator"), parts);
    }

    private string Label(PathSegment.Element element, JsonNode? node, CultureInfo culture)
    {
        var key = string.Join(Format(culture, "list.separator"), element.Key.Select(k => Word(k.Value, culture)));
        var name = (node as JsonObject)?["chinese"] as JsonValue ?? (node as JsonObject)?["name"] as JsonValue;
        return name is null ? key : Format(culture, "element.named", key, RulebookDiff.Text(name));
    }

    /// <summary>A plain value for the reader: a date in their form, a word the terms name (key <c>=value</c>), else as written.</summary>
    private string Word(string value, CultureInfo culture) =>
        _terms?.GetString("=" + value, Reader(culture)) is { Length: > 0 } word ? word : Date(culture, value);

    private string Term(string name, CultureInfo culture) => _terms?.GetString(name, Reader(culture)) is { Length: > 0 } term ? term : name;

    private string Value(JsonNode? node, CultureInfo culture) => node switch
    {
        null => Format(culture, "value.null"),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.True => Format(culture, "value.true"),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.False => Format(culture, "value.false"),
        JsonValue v => Word(RulebookDiff.Text(v), culture),
        JsonArray a when a.All(e => e is JsonValue) => "[" + string.Join(Format(culture, "list.separator"), a.Select(e => Value(e, culture))) + "]",
        _ => node.ToJsonString(),
    };

    /// <summary>An ISO date (yyyy-MM-dd) in the reader's form; any other text unchanged.</summary>
    private static string Date(CultureInfo culture, string text)
    {
        if (text.Length != 10 || !LocalDatePattern.Iso.Parse(text).TryGetValue(default, out var date))
        {
            return text;
        }

        return LocalDatePattern.Create(Format(culture, "date.pattern"), Reader(culture)).Format(date);
    }

    private static CultureInfo Reader(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? CultureInfo.GetCultureInfo("zh-CN") : CultureInfo.GetCultureInfo("en");

    private static string Format(CultureInfo culture, string key, params object?[] arguments) =>
        string.Format(Reader(culture), Text.GetString(key, Reader(culture)) ?? throw new MissingManifestResourceException(key), arguments);

    private static JsonObject Parse(string document, string parameter)
    {
        ArgumentNullException.ThrowIfNull(document, parameter);
        var node = JsonNode.Parse(document) as JsonObject ?? throw new ArgumentException("A rulebook document is a JSON object.", parameter);
        node.Remove("$schema");
        return node;
    }
}
