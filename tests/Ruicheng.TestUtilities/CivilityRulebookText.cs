using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.TestUtilities;

/// <summary>Small Civility rulebooks written as JSON, for tests that need their own categories, rules and caps.</summary>
public static class CivilityRulebookText
{
    /// <summary>A category as JSON: <c>Category("c", ("day", 5))</c>.</summary>
    /// <param name="id">The category id.</param>
    /// <param name="caps">(period, max) pairs.</param>
    public static string Category(string id, params (string Period, long Max)[] caps) =>
        $$"""{ "id": "{{id}}", "chinese": "类别{{id}}", "english": "{{id}}", "caps": [{{Caps(caps)}}] }""";

    /// <summary>A rule version as JSON.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="category">Its category.</param>
    /// <param name="points">Points per unit.</param>
    /// <param name="from">First day in force, yyyy-MM-dd.</param>
    /// <param name="to">Last day in force, or null.</param>
    /// <param name="caps">(period, max) pairs.</param>
    public static string Rule(string id, string category, int points, string from = "2024-01-01", string? to = null, params (string Period, long Max)[] caps) =>
        $$"""{ "id": "{{id}}", "category": "{{category}}", "chinese": "规则{{id}}", "points": {{points}}, "unit": "occurrence", "reviewRequired": false, "effectiveFrom": "{{from}}"{{(to is null ? "" : $", \"effectiveTo\": \"{to}\"")}}, "caps": [{{Caps(caps)}}] }""";

    /// <summary>A whole rulebook around the given categories and rules, with the built-in credit policy.</summary>
    /// <param name="categories">Category JSON objects.</param>
    /// <param name="rules">Rule JSON objects.</param>
    /// <param name="version">The header version.</param>
    /// <param name="effectiveFrom">The header's effective date.</param>
    /// <param name="lists">A <c>lists</c> section's JSON, or null.</param>
    public static string Json(IEnumerable<string> categories, IEnumerable<string> rules, string version = "1.0", string effectiveFrom = "2024-01-01", string? lists = null) =>
        $$"""
        {
          "header": { "id": "test.civility", "version": "{{version}}", "title": "测试", "jurisdiction": "ruicheng", "effectiveFrom": "{{effectiveFrom}}" },
          "categories": [ {{string.Join(",\n", categories)}} ],
          "rules": [ {{string.Join(",\n", rules)}} ],
          "expiry": { "honourWindowMonths": 24, "spendableResetsOn": "12-31" },
          "publication": { "noticeDays": 7 },
          {{(lists is null ? "" : $"\"lists\": {lists},")}}
          "credit": { "baseScore": 1000, "tiers": [ { "tier": "AAA", "min": 1050 }, { "tier": "AA", "min": 1030, "max": 1049 }, { "tier": "A", "min": 960, "max": 1029 },
            { "tier": "B", "min": 850, "max": 959 }, { "tier": "C", "min": 600, "max": 849 }, { "tier": "D", "max": 599 } ],
            "vetoes": [ { "code": "criminal-conviction", "description": "conviction", "capTier": "C" } ] }
        }
        """;

    /// <summary>Loads a rulebook built by <see cref="Json"/>, failing loudly when it does not validate.</summary>
    /// <param name="categories">Category JSON objects.</param>
    /// <param name="rules">Rule JSON objects.</param>
    /// <param name="version">The header version.</param>
    /// <param name="effectiveFrom">The header's effective date.</param>
    /// <param name="lists">A <c>lists</c> section's JSON, or null.</param>
    public static CivilityRulebook Load(IEnumerable<string> categories, IEnumerable<string> rules, string version = "1.0", string effectiveFrom = "2024-01-01", string? lists = null)
    {
        var result = CivilityRulebookFile.Load(Json(categories, rules, version, effectiveFrom, lists));
        return result.IsSuccess ? result.Value : throw new InvalidOperationException("Test rulebook does not validate: " + string.Join("; ", result.Violations));
    }

    private static string Caps((string Period, long Max)[] caps) =>
        string.Join(", ", caps.Select(c => $$"""{ "period": "{{c.Period}}", "max": {{c.Max}} }"""));
}
