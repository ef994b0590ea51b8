using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Resources;
using System.Text;
using System.Text.RegularExpressions;

namespace Ruicheng.Primitives;

/// <summary>
/// The texts the engine says to people, in Chinese and English (消息目录), from .NET resources: explanation messages
/// (<c>…explain…</c> keys) and the meaning of every violation code (<c>violation.&lt;code&gt;</c>). Each package has
/// one (<c>CivilityMessages.Catalog</c>, <c>GovernanceMessages.Catalog</c>, <c>EconomyMessages.Catalog</c>, each
/// including <see cref="Shared"/>); a host combines them (<see cref="Combine"/>) to render anything in the reader's
/// language.
/// </summary>
/// <remarks>
/// <para><b>Languages.</b> A culture whose language is Chinese (zh, zh-CN, zh-Hans, …) reads the zh-CN texts; any
/// other culture reads English.</para>
/// <para><b>Messages.</b> A message is a template with named placeholders: <c>{name}</c> is the step's argument or
/// figure of that name (arguments first), <c>{name:signed}</c> writes a whole number with its sign (+5, −5 as -5, 0),
/// <c>{name:count}</c> a whole number with thousands separators (20,000,000),
/// <c>{name:word}</c> writes the catalog's word for the value (key <c>word.&lt;value&gt;</c>) when there is one,
/// <c>{name:meaning}</c> the meaning of the violation code the value names (key <c>violation.&lt;value&gt;</c>),
/// <c>{name:message}</c> renders the message whose key the value names, with the same values (a part of a sentence
/// chosen by the decision, such as how an amount was counted). In
/// Chinese, every date written yyyy-MM-dd inside a value reads 2026年10月13日; English keeps yyyy-MM-dd. Money reads
/// ¥1,234.56 in both. A step of several clauses has the keys joined by <c>;</c>; a clause marked <c>key@n</c> reads its
/// own values from arguments named <c>n:name</c> before the shared ones; clauses are joined by <c>; </c> in English
/// and <c>；</c> in Chinese.</para>
/// </remarks>
public sealed partial class MessageCatalog
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private readonly ImmutableArray<ResourceManager> _sources;

    private MessageCatalog(ImmutableArray<ResourceManager> sources) => _sources = sources;

    /// <summary>The shared texts: rulebook headers, JSON structure and schema violations, the clause separator.</summary>
    public static MessageCatalog Shared { get; } = new([new ResourceManager("Ruicheng.Primitives.Messages", typeof(MessageCatalog).Assembly)]);

    /// <summary>A catalog over resource tables, searched in order (a key found in an earlier table wins).</summary>
    /// <param name="sources">The tables.</param>
    public static MessageCatalog Of(params ReadOnlySpan<ResourceManager> sources)
    {
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
        }

        return new MessageCatalog([.. sources]);
    }

    /// <summary>One catalog searching several, in order, each table once.</summary>
    /// <param name="catalogs">The catalogs.</param>
    public static MessageCatalog Combine(params ReadOnlySpan<MessageCatalog> catalogs)
    {
        var sources = new List<ResourceManager>();
        foreach (var catalog in catalogs)
        {
            ArgumentNullException.ThrowIfNull(catalog, nameof(catalogs));
            sources.AddRange(catalog._sources.Where(s => !sources.Contains(s)));
        }

        return new MessageCatalog([.. sources]);
    }

    /// <summary>Every key of the catalog (its English tables), in ordinal order.</summary>
    public ImmutableSortedSet<string> Keys => KeysIn(CultureInfo.InvariantCulture);

    /// <summary>The keys that have a text in one language's own tables (no fallback), for checking translations.</summary>
    /// <param name="culture">The language: the invariant culture for English, zh-CN for Chinese.</param>
    public ImmutableSortedSet<string> KeysIn(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return _sources.SelectMany(s => s.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.Cast<DictionaryEntry>().Select(e => (string)e.Key) ?? [])
            .ToImmutableSortedSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the catalog has a text for a key.</summary>
    /// <param name="key">The key.</param>
    public bool Contains(string key) => Find(key, CultureInfo.InvariantCulture) is not null;

    /// <summary>The text of a key in a language, or null.</summary>
    /// <param name="key">The key.</param>
    /// <param name="culture">The reader's culture.</param>
    public string? Find(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        var reader = Reader(culture);
        foreach (var source in _sources)
        {
            if (source.GetString(key, reader) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes a step from a message: its English <see cref="ExplanationStep.Summary"/> is the message rendered in
    /// English from <paramref name="arguments"/> and <paramref name="figures"/>.
    /// </summary>
    /// <param name="rule">The rule applied.</param>
    /// <param name="key">The message key (clauses joined by <c>;</c>).</param>
    /// <param name="arguments">The values the message reads besides the figures.</param>
    /// <param name="figures">The figures used.</param>
    /// <exception cref="KeyNotFoundException">A key has no text.</exception>
    /// <exception cref="FormatException">A placeholder has no value.</exception>
    public ExplanationStep Step(RuleId rule, string key, IEnumerable<Figure> arguments, params ReadOnlySpan<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var args = arguments.ToImmutableArray();
        var figs = ImmutableArray.Create(figures);
        return ExplanationStep.Keyed(rule, key, Render(key, args, figs, CultureInfo.InvariantCulture), args, figs);
    }

    /// <summary>A message in the reader's language, its placeholders filled from named values (a tool's own texts).</summary>
    /// <param name="key">The message key.</param>
    /// <param name="culture">The reader's culture.</param>
    /// <param name="values">The values the message reads.</param>
    /// <exception cref="KeyNotFoundException">The key has no text.</exception>
    /// <exception cref="FormatException">A placeholder has no value.</exception>
    public string Format(string key, CultureInfo culture, params ReadOnlySpan<Figure> values)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(culture);
        return Render(key, [], ImmutableArray.Create(values), culture);
    }

    /// <summary>A step in the reader's language: its message rendered from its arguments and figures, or its summary when it has no key this catalog knows.</summary>
    /// <param name="step">The step.</param>
    /// <param name="culture">The reader's culture.</param>
    public string Describe(ExplanationStep step, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(culture);
        return step.Key.Length > 0 && step.Key.Split(';').All(k => Contains(k.Split('@')[0]))
            ? Render(step.Key, step.Arguments, step.Figures, culture)
            : step.Summary;
    }

    /// <summary>An explanation in the reader's language: the rulebook line, then one line per step (<c>[rule] text</c>).</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="culture">The reader's culture.</param>
    public string Describe(Explanation explanation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(culture);
        var header = explanation.Rulebook is { } reference
            ? Format(Text("explanation.rulebook", culture), "rulebook", reference.ToString())
            : Text("explanation.no-rulebook", culture);
        return string.Join(Environment.NewLine, explanation.Steps.Select(s => $"  [{s.Rule}] {Describe(s, culture)}").Prepend(header));
    }

    /// <summary>
    /// A violation in the reader's language. English: <see cref="RuleViolation.ToString"/> (the specific message).
    /// Chinese: <c>[code] path：</c> the code's meaning (<c>violation.&lt;code&gt;</c>; schema violations
    /// <c>violation.schema</c> with the keyword), then the rejected value and the figures; a code without a Chinese
    /// meaning falls back to the English message.
    /// </summary>
    /// <param name="violation">The violation.</param>
    /// <param name="culture">The reader's culture.</param>
    public string Describe(RuleViolation violation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(violation);
        ArgumentNullException.ThrowIfNull(culture);
        if (!IsChinese(culture))
        {
            return violation.ToString();
        }

        var text = new StringBuilder().Append('[').Append(violation.Code.Value).Append("] ");
        if (violation.Path.Length > 0)
        {
            text.Append(violation.Path).Append('：');
        }

        return text.Append(DescribeMessage(violation, culture)).ToString();
    }

    /// <summary>
    /// What a violation says, in the reader's language, without its code and path: in English its
    /// <see cref="RuleViolation.Message"/>; in Chinese the code's meaning, then the rejected value and the figures in
    /// brackets (the English message when the code has no Chinese meaning).
    /// </summary>
    /// <param name="violation">The violation.</param>
    /// <param name="culture">The reader's culture.</param>
    public string DescribeMessage(RuleViolation violation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(violation);
        ArgumentNullException.ThrowIfNull(culture);
        if (!IsChinese(culture))
        {
            return violation.Message;
        }

        var code = violation.Code.Value;
        var meaning = code.StartsWith("schema.", StringComparison.Ordinal)
            ? Find("violation.schema", culture) is { } schema ? Format(schema, "keyword", code["schema.".Length..]) : null
            : Find("violation." + code, culture);
        var text = new StringBuilder(meaning is null ? violation.Message : Dates(meaning, culture));
        var details = new List<string>();
        if (violation.AttemptedValue is { } attempted)
        {
            details.Add(Format(Text("violation.attempted", culture), "value", attempted));
        }

        details.AddRange(violation.Figures.Select(f => $"{f.Name} = {Dates(f.Value, culture)}"));
        if (details.Count > 0)
        {
            text.Append('（').AppendJoin("，", details).Append('）');
        }

        return text.ToString();
    }

    /// <summary>The placeholder names a key's text uses in a language (for checking both languages read the same values).</summary>
    /// <param name="key">The key.</param>
    /// <param name="culture">The language.</param>
    /// <exception cref="KeyNotFoundException">The key has no text.</exception>
    public ImmutableSortedSet<string> PlaceholdersOf(string key, CultureInfo culture) =>
        Placeholder().Matches(Text(key, culture)).Select(m => m.Groups["name"].Value).ToImmutableSortedSet(StringComparer.Ordinal);

    private string Render(string key, ImmutableArray<Figure> arguments, ImmutableArray<Figure> figures, CultureInfo culture)
    {
        var clauses = key.Split(';').Select(part =>
        {
            var at = part.IndexOf('@', StringComparison.Ordinal);
            var (name, scope) = at < 0 ? (part, null) : (part[..at], part[(at + 1)..] + ":");
            return Placeholder().Replace(Text(name, culture), m => Value(m, name, scope, arguments, figures, culture));
        });
        return string.Join(Text("clause.separator", culture), clauses);
    }

    private string Value(Match placeholder, string key, string? scope, ImmutableArray<Figure> arguments, ImmutableArray<Figure> figures, CultureInfo culture)
    {
        var name = placeholder.Groups["name"].Value;
        string? Lookup(string n) =>
            arguments.Where(a => a.Name == n).Select(a => a.Value).FirstOrDefault() ?? figures.Where(f => f.Name == n).Select(f => f.Value).FirstOrDefault();
        var value = (scope is null ? null : Lookup(scope + name)) ?? Lookup(name)
            ?? throw new FormatException($"Message '{key}' reads '{name}', which the step does not carry.");
        return placeholder.Groups["format"].Value switch
        {
            "count" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) => count.ToString("N0", CultureInfo.InvariantCulture),
            "signed" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number > 0 ? "+" + value : value,
            "word" => Find("word." + value, culture) ?? Dates(value, culture),
            "meaning" => Find("violation." + value, culture) ?? value,
            "message" => Render(value, arguments, figures, culture),
            _ => Dates(value, culture),
        };
    }

    private string Text(string key, CultureInfo culture) =>
        Find(key, culture) ?? Shared.Find(key, culture) ?? throw new KeyNotFoundException($"No message '{key}' in the catalog.");

    private static string Format(string template, string name, string value) => template.Replace("{" + name + "}", value, StringComparison.Ordinal);

    private static string Dates(string text, CultureInfo culture) =>
        IsChinese(culture)
            ? IsoDate().Replace(text, m => $"{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)}年{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)}月{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)}日")
            : text;

    private static bool IsChinese(CultureInfo culture) => culture.TwoLetterISOLanguageName == "zh";

    private static CultureInfo Reader(CultureInfo culture) => IsChinese(culture) ? Chinese : CultureInfo.InvariantCulture;

    [GeneratedRegex(@"\{(?<name>[A-Za-z0-9_.-]+)(?::(?<format>signed|count|word|meaning|message))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex IsoDate();
}
