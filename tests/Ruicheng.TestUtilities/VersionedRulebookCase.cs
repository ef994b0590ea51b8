using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Primitives;

namespace Ruicheng.TestUtilities;

/// <summary>
/// A generated Civility rulebook with several versions per rule (different points, categories and caps, some with
/// gaps between versions and mid-month changes), caps of every period on rules and categories, and rows of
/// (resident, rule, date, occurrences) whose rule has a version in force on the date.
/// </summary>
public sealed class VersionedRulebookCase
{
    private static readonly string[] Periods = ["day", "month", "quarter", "year"];
    private static readonly LocalDate First = new(2024, 1, 1);

    private VersionedRulebookCase(CivilityRulebook rulebook, string json, IReadOnlyList<(string Resident, string Rule, LocalDate Date, int Quantity)> rows)
    {
        Rulebook = rulebook;
        Json = json;
        Rows = rows;
    }

    /// <summary>The rulebook.</summary>
    public CivilityRulebook Rulebook { get; }

    /// <summary>Its JSON.</summary>
    public string Json { get; }

    /// <summary>The rows, in generated order.</summary>
    public IReadOnlyList<(string Resident, string Rule, LocalDate Date, int Quantity)> Rows { get; }

    /// <summary>The generator.</summary>
    public static Arbitrary<VersionedRulebookCase> Arbitrary { get; } = Generate().ToArbitrary();

    /// <summary>Rows and rulebook, for failure messages.</summary>
    public override string ToString() => Json + Environment.NewLine + string.Join(Environment.NewLine, Rows.Select(r => $"{r.Resident},{r.Rule},{r.Date:uuuu-MM-dd},{r.Quantity}"));

    private static Gen<(string Period, long Max)[]> Caps(int most) =>
        from count in Gen.Choose(0, most)
        from periods in Gen.Shuffle(Periods)
        from maxima in Gen.Choose(0, 40).ArrayOf(4)
        select periods.Take(count).Select((p, i) => (p, (long)maxima[i])).ToArray();

    private static Gen<LocalDate> Dates { get; } =
        from month in Gen.Choose(0, 35)
        from day in Gen.Elements(1, 2, 15, 16, 28)
        select First.PlusMonths(month).PlusDays(day - 1);

    private static Gen<VersionedRulebookCase> Generate() =>
        from categoryCount in Gen.Choose(1, 3)
        from categoryCaps in Caps(2).ArrayOf(categoryCount)
        from ruleCount in Gen.Choose(1, 4)
        from versions in Version(categoryCount).ArrayOf(3).ArrayOf(ruleCount)
        from versionCounts in Gen.Choose(1, 3).ArrayOf(ruleCount)
        from starts in Gen.Choose(1, 34).ArrayOf(2).ArrayOf(ruleCount)
        from gaps in Gen.Choose(0, 3).ArrayOf(2).ArrayOf(ruleCount)
        from rows in (from resident in Gen.Choose(0, 2) from rule in Gen.Choose(0, 3) from date in Dates from quantity in Gen.Choose(1, 3)
                      select (Resident: $"R{resident}", Rule: rule, Date: date, Quantity: quantity)).ArrayOf()
        select Build(categoryCaps, versions, versionCounts, starts, gaps, rows);

    private static Gen<(int Category, int Points, (string Period, long Max)[] Caps)> Version(int categories) =>
        from category in Gen.Choose(0, categories - 1)
        from points in Gen.Elements(-10, -5, -3, 3, 4, 5, 6, 10)
        from caps in Caps(2)
        select (category, points, caps);

    private static VersionedRulebookCase Build(
        (string Period, long Max)[][] categoryCaps, (int Category, int Points, (string Period, long Max)[] Caps)[][] versions,
        int[] versionCounts, int[][] starts, int[][] gaps, (string Resident, int Rule, LocalDate Date, int Quantity)[] rows)
    {
        var categories = categoryCaps.Select((caps, i) => CivilityRulebookText.Category($"c{i}", caps)).ToList();
        var rules = new List<string>();
        for (var r = 0; r < versions.Length; r++)
        {
            // Version k starts on the 1st or 16th of a month (mid-period changes); a gap ends the previous version early.
            var boundaries = starts[r].Distinct().Order().Take(versionCounts[r] - 1)
                .Select(m => First.PlusMonths(m).PlusDays(m % 2 == 0 ? 0 : 15)).ToList();
            var from = First;
            for (var v = 0; v <= boundaries.Count; v++)
            {
                LocalDate? to = v < boundaries.Count ? boundaries[v].PlusDays(-1 - gaps[r][v]) : null;
                var (category, points, caps) = versions[r][v];
                rules.Add(CivilityRulebookText.Rule($"r{r}", $"c{category}", points, $"{from:uuuu-MM-dd}", to is null ? null : $"{to:uuuu-MM-dd}", caps));
                from = v < boundaries.Count ? boundaries[v] : from;
            }
        }

        var json = CivilityRulebookText.Json(categories, rules);
        var loaded = CivilityRulebookFile.Load(json);
        if (loaded.IsFailure)
        {
            throw new InvalidOperationException("Generated rulebook does not validate: " + string.Join("; ", loaded.Violations) + Environment.NewLine + json);
        }

        var rulebook = loaded.Value;
        var kept = rows.Where(r => r.Rule < versions.Length && rulebook.FindRuleInForce(RuleId.From($"r{r.Rule}"), r.Date) is not null)
            .Select(r => (r.Resident, $"r{r.Rule}", r.Date, r.Quantity)).Take(80).ToList();
        return new VersionedRulebookCase(rulebook, json, kept);
    }
}
