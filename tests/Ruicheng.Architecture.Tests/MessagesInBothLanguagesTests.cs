using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json.Nodes;
using Ruicheng.Primitives.Rulebooks.Changes;

namespace Ruicheng.Architecture.Tests;

/// <summary>
/// Issue 14: whatever the engine says to people exists in Chinese and in English. Every resource table has the same keys
/// in both languages with non-empty texts, every notice text the comparison uses exists, and every field of every
/// rulebook document (the built-in ones and their schemas) has a name in both languages, so a public notice never
/// falls back to a JSON name.
/// </summary>
public sealed class MessagesInBothLanguagesTests
{
    public static TheoryData<string> Tables() =>
    [
        "Ruicheng.Primitives.Rulebooks.Changes.NoticeText",
        "Ruicheng.Civility.Rulebooks.RulebookTerms",
        "Ruicheng.Governance.Rulebooks.RulebookTerms",
        "Ruicheng.Economy.Rulebooks.RulebookTerms",
    ];

    private static ResourceManager Manager(string table)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().Concat([typeof(RulebookComparison).Assembly, typeof(Civility.Rulebooks.CivilityRulebook).Assembly,
            typeof(Governance.Rulebooks.GovernanceRulebook).Assembly, typeof(Economy.Rulebooks.EconomyRulebook).Assembly])
            .First(a => a.GetManifestResourceNames().Contains(table + ".resources"));
        return new ResourceManager(table, assembly);
    }

    private static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Tables))]
    public void EveryKey_HasBothLanguages(string table)
    {
        var manager = Manager(table);
        var english = Entries(manager, CultureInfo.InvariantCulture);
        var chinese = Entries(manager, CultureInfo.GetCultureInfo("zh-CN"));
        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), chinese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english.Concat(chinese), e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{table}: '{e.Key}' is empty"));
        Assert.All(chinese, e => Assert.True(e.Key.StartsWith('=') || e.Key.Contains("separator", StringComparison.Ordinal) || e.Key == "date.pattern" || e.Value != english[e.Key] || e.Value.All(c => c < 128 && !char.IsLetter(c)) || e.Value.Length <= 4,
            $"{table}: '{e.Key}' has the same text in both languages ({e.Value})"));
    }

    [Fact]
    public void EveryNoticeText_Exists()
    {
        var english = Entries(Manager("Ruicheng.Primitives.Rulebooks.Changes.NoticeText"), CultureInfo.InvariantCulture);
        Assert.All(RulebookComparison.NoticeKeys, key => Assert.True(english.ContainsKey(key), key));
    }

    public static TheoryData<string, string, string> Documents() => new()
    {
        { "Ruicheng.Civility.Rulebooks.RulebookTerms", Civility.Rulebooks.CivilityRulebookFile.RuichengJsonText, Civility.Rulebooks.CivilityRulebookFile.Schema },
        { "Ruicheng.Governance.Rulebooks.RulebookTerms", Governance.Rulebooks.GovernanceRulebookFile.RuichengJsonText, Governance.Rulebooks.GovernanceRulebookFile.Schema },
        { "Ruicheng.Economy.Rulebooks.RulebookTerms", Economy.Rulebooks.EconomyRulebookFile.RuichengJsonText, Economy.Rulebooks.EconomyRulebookFile.Schema },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRulebookField_HasANameInBothLanguages(string table, string document, string schema)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Collect(JsonNode.Parse(document), names, everyProperty: true);
        Collect(JsonNode.Parse(schema), names, everyProperty: false);
        names.Remove("$schema");
        var english = Entries(Manager(table), CultureInfo.InvariantCulture);
        var unnamed = names.Where(n => !english.ContainsKey(n)).ToList();
        Assert.True(unnamed.Count == 0, $"{table} has no name for: {string.Join(", ", unnamed)}");
    }

    private static void Collect(JsonNode? node, ISet<string> names, bool everyProperty, bool underProperties = false)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (everyProperty || underProperties)
                    {
                        names.Add(name);
                    }

                    Collect(value, names, everyProperty, !everyProperty && name == "properties");
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, names, everyProperty);
                }

                break;
        }
    }
}
