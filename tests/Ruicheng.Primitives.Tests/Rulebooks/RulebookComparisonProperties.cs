using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Primitives.Rulebooks.Changes;

namespace Ruicheng.Primitives.Tests.Rulebooks;

/// <summary>
/// Issue 14: comparing rulebook documents. For generated pairs of documents (keyed lists, versioned elements, sets
/// of values, nested objects, numbers written several ways): a document compared with itself has no change, and the
/// changes applied to the first give a document that compares equal to the second.
/// </summary>
public sealed class RulebookComparisonProperties
{
    private static readonly RulebookHeader Header = RulebookHeader.Create(RulebookId.From("test.rules"), RulebookVersion.Parse("1.0"), "测试规则", UnitId.From("ruicheng"), new LocalDate(2026, 1, 1), null);

    private static RulebookComparison Compare(JsonNode a, JsonNode b) => RulebookComparison.Compare(Header, a.ToJsonString(), Header, b.ToJsonString(), null);

    [Property(MaxTest = 300)]
    public bool ADocumentComparedWithItself_HasNoChange(int seed)
    {
        var document = Documents.Object(new Random(seed), 0);
        return Compare(document, JsonNode.Parse(document.ToJsonString())!).IsEmpty;
    }

    [Property(MaxTest = 500)]
    public bool ApplyingTheChanges_GivesTheSecondDocument(int seed, bool independent)
    {
        var random = new Random(seed);
        var a = Documents.Object(random, 0);
        var b = independent ? Documents.Object(random, 0) : Documents.Mutate(random, a.DeepClone().AsObject());
        var comparison = Compare(a, b);
        var applied = comparison.Apply(a.ToJsonString());
        return RulebookComparison.Compare(Header, applied, Header, b.ToJsonString(), null).IsEmpty
            && (comparison.IsEmpty == Compare(b, a).IsEmpty);
    }

    [Property(MaxTest = 200)]
    public bool EveryChange_ReadsInBothLanguages(int seed)
    {
        var random = new Random(seed);
        var a = Documents.Object(random, 0);
        var comparison = Compare(a, Documents.Mutate(random, a.DeepClone().AsObject()));
        return comparison.Changes.All(c =>
            comparison.Describe(c, CultureInfo.GetCultureInfo("zh-CN")).Length > 0 && comparison.Describe(c, CultureInfo.GetCultureInfo("en")).Length > 0)
            && comparison.ToNotice(CultureInfo.GetCultureInfo("zh-CN")).Contains("公示", StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersCompareByValue_AndOrderOfPropertiesDoesNotMatter()
    {
        var a = JsonNode.Parse("""{"a": 1.0, "b": {"x": [1, 2], "y": "t"}}""")!;
        var b = JsonNode.Parse("""{"b": {"y": "t", "x": [1.00, 2]}, "a": 1}""")!;
        Assert.True(Compare(a, b).IsEmpty);
    }

    [Fact]
    public void VersionsOfOneRule_AreMatchedByIdAndDate_AndReorderingIsAChange()
    {
        var a = JsonNode.Parse("""{"rules": [{"id": "r", "effectiveFrom": "2024-01-01", "points": 5}, {"id": "r", "effectiveFrom": "2026-01-01", "points": 6}, {"id": "s", "effectiveFrom": "2024-01-01", "points": 1}]}""")!;
        var b = JsonNode.Parse("""{"rules": [{"id": "s", "effectiveFrom": "2024-01-01", "points": 1}, {"id": "r", "effectiveFrom": "2024-01-01", "points": 5}, {"id": "r", "effectiveFrom": "2026-01-01", "points": 8}]}""")!;
        Assert.Equal(
            ["Changed $.rules[id=r,effectiveFrom=2026-01-01].points: 6 → 8", "Reordered $.rules: [\"id=r,effectiveFrom=2024-01-01\",\"id=r,effectiveFrom=2026-01-01\",\"id=s,effectiveFrom=2024-01-01\"] → [\"id=s,effectiveFrom=2024-01-01\",\"id=r,effectiveFrom=2024-01-01\",\"id=r,effectiveFrom=2026-01-01\"]"],
            Compare(a, b).Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void ListsOfDates_AreSets()
    {
        var a = JsonNode.Parse("""{"holidays": ["2026-10-01", "2026-10-02"]}""")!;
        var b = JsonNode.Parse("""{"holidays": ["2026-10-01", "2026-10-08"]}""")!;
        var comparison = Compare(a, b);
        Assert.Equal(["Removed $.holidays[=2026-10-02]: \"2026-10-02\" → -", "Added $.holidays[=2026-10-08]: - → \"2026-10-08\""], comparison.Changes.Select(c => c.ToString()));
        Assert.Equal("新增holidays › 2026年10月8日：2026年10月8日。", comparison.Describe(comparison.Changes[1], CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void AChangeListedForAnotherDocument_IsRefused()
    {
        var comparison = Compare(JsonNode.Parse("""{"rules": [{"id": "r", "points": 1}]}""")!, JsonNode.Parse("""{"rules": [{"id": "r", "points": 2}]}""")!);
        Assert.Throws<InvalidOperationException>(() => comparison.Apply("""{"rules": []}"""));
        Assert.Throws<ArgumentException>(() => comparison.Apply("[1]"));
    }

    /// <summary>Random documents shaped like rulebooks, and random edits of them.</summary>
    private static class Documents
    {
        private static readonly string[] Names = ["points", "max", "min", "chinese", "source", "unit", "caps", "limits", "note"];
        private static readonly string[] Ids = ["a", "b", "c", "d", "e"];
        private static readonly string[] Dates = ["2024-01-01", "2025-01-01", "2026-01-01"];

        public static JsonObject Object(Random random, int depth)
        {
            var o = new JsonObject();
            foreach (var name in Names.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
            {
                o[name] = Value(random, depth + 1);
            }

            return o;
        }

        private static JsonNode? Value(Random random, int depth) => (depth > 3 ? random.Next(4) : random.Next(8)) switch
        {
            0 => JsonValue.Create(random.Next(-3, 4)),
            1 => JsonNode.Parse(random.Next(2) == 0 ? "1.50" : "1.5"),
            2 => JsonValue.Create(Ids[random.Next(Ids.Length)]),
            3 => random.Next(3) == 0 ? null : JsonValue.Create(random.Next(2) == 0),
            4 => Object(random, depth),
            5 => Keyed(random, depth),
            6 => new JsonArray([.. Dates.Concat(Ids).OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Select(v => (JsonNode)JsonValue.Create(v))]),
            _ => new JsonArray([.. Enumerable.Range(0, random.Next(3)).Select(_ => (JsonNode?)JsonValue.Create(random.Next(2)))]),
        };

        private static JsonArray Keyed(Random random, int depth)
        {
            var list = new JsonArray();
            var versioned = random.Next(2) == 0;
            foreach (var id in Ids.OrderBy(_ => random.Next()).Take(random.Next(0, 4)))
            {
                foreach (var date in versioned ? Dates.Take(random.Next(1, 3)).Select(d => (string?)d) : [(string?)null])
                {
                    var element = Object(random, depth + 1);
                    element["id"] = id;
                    if (date is not null)
                    {
                        element["effectiveFrom"] = date;
                    }

                    list.Add(element);
                }
            }

            return list;
        }

        public static JsonObject Mutate(Random random, JsonObject document)
        {
            for (var i = random.Next(1, 6); i > 0; i--)
            {
                Edit(random, document, 0);
            }

            return document;
        }

        private static void Edit(Random random, JsonNode node, int depth)
        {
            switch (node)
            {
                case JsonObject o when o.Count > 0 && random.Next(3) > 0:
                    var name = o.Select(p => p.Key).ElementAt(random.Next(o.Count));
                    if (o[name] is { } child && random.Next(2) == 0 && name is not ("id" or "effectiveFrom"))
                    {
                        Edit(random, child, depth + 1);
                    }
                    else if (name is not ("id" or "effectiveFrom"))
                    {
                        if (random.Next(3) == 0)
                        {
                            o.Remove(name);
                        }
                        else
                        {
                            o[name] = Value(random, depth + 1);
                        }
                    }

                    break;
                case JsonObject o:
                    o[Names[random.Next(Names.Length)]] = Value(random, depth + 1);
                    break;
                case JsonArray a when a.Count > 0:
                    switch (random.Next(3))
                    {
                        case 0:
                            a.RemoveAt(random.Next(a.Count));
                            break;
                        case 1:
                            var moved = a[0];
                            a.RemoveAt(0);
                            a.Add(moved);
                            break;
                        default:
                            if (a[random.Next(a.Count)] is JsonObject element)
                            {
                                Edit(random, element, depth + 1);
                            }

                            break;
                    }

                    break;
            }
        }
    }
}
