using System.Globalization;
using System.Text;
using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Benchmarks;

/// <summary>
/// The county-scale scoring workload of the benchmark issue: 40 rules in 8 categories, about a quarter negative
/// (−50..−1) and the rest +1..+20, a monthly cap of 30 positive points per category, 24-month expiry, Rongcheng
/// tiers over base 1,000; <c>entriesPerResident</c> entries per resident over the 30 months before the scoring
/// date. Seeded: the same data every run.
/// </summary>
internal sealed class ScoringWorkload
{
    public const int RuleCount = 40;
    public const int CategoryCount = 8;
    public const int MonthlyCap = 30;

    public static readonly LocalDate AsOf = new(2026, 6, 30);

    /// <summary>The end of every benchmark rulebook after its rules: 24-month expiry and Rongcheng tiers over base 1,000.</summary>
    public const string RulebookTail = """
        ], "expiry": { "honourWindowMonths": 24, "spendableResetsOn": "12-31" }, "publication": { "noticeDays": 7 },
        "credit": { "baseScore": 1000, "tiers": [ { "tier": "AAA", "min": 1050 }, { "tier": "AA", "min": 1030, "max": 1049 }, { "tier": "A", "min": 960, "max": 1029 },
          { "tier": "B", "min": 850, "max": 959 }, { "tier": "C", "min": 600, "max": 849 }, { "tier": "D", "max": 599 } ] } }
        """;

    private ScoringWorkload(int residents, CivilityScorer scorer, int[] rulePoints, int[] ruleCategory)
    {
        Residents = residents;
        Scorer = scorer;
        RulePoints = rulePoints;
        RuleCategory = ruleCategory;
    }

    public int Residents { get; }

    public CivilityScorer Scorer { get; }

    public int[] RulePoints { get; }

    public int[] RuleCategory { get; }

    // Grouped by resident, then day: what a query ordered by (resident, day) returns.
    public int[] GroupedResident { get; private set; } = [];

    public int[] GroupedRule { get; private set; } = [];

    public int[] GroupedDay { get; private set; } = [];

    public int[] GroupedPoints { get; private set; } = [];

    // Arrival order: a time-ordered ledger export.
    public int[] ExportResident { get; private set; } = [];

    public int[] ExportRule { get; private set; } = [];

    public int[] ExportDay { get; private set; } = [];

    public int[] ExportPoints { get; private set; } = [];

    public int EntryCount => GroupedRule.Length;

    /// <summary>A copy without the grouped and export columns, so that only the scorer and rules stay reachable.</summary>
    public static ScoringWorkload Strip(ScoringWorkload workload) => new(workload.Residents, workload.Scorer, workload.RulePoints, workload.RuleCategory);

    public static ScoringWorkload Create(int residents, int entriesPerResident, int seed)
    {
        var random = new Random(seed);
        var rulePoints = new int[RuleCount];
        var ruleCategory = new int[RuleCount];
        for (var r = 0; r < RuleCount; r++)
        {
            ruleCategory[r] = r % CategoryCount;
            rulePoints[r] = r % 4 == 3 ? -random.Next(1, 51) : random.Next(1, 21);
        }

        var rulebook = CivilityRulebookFile.Load(RulebookJson(rulePoints, ruleCategory));
        var scorer = new CivilityScorer(rulebook.Value);
        var workload = new ScoringWorkload(residents, scorer, rulePoints, ruleCategory);

        var count = residents * entriesPerResident;
        var firstDay = CivilityScorer.DayNumber(AsOf.PlusMonths(-30));
        var lastDay = CivilityScorer.DayNumber(AsOf);
        var resident = new int[count];
        var rule = new int[count];
        var day = new int[count];
        var points = new int[count];
        for (int r = 0, i = 0; r < residents; r++)
        {
            var start = i;
            for (var k = 0; k < entriesPerResident; k++, i++)
            {
                resident[i] = r;
                rule[i] = random.Next(RuleCount);
                day[i] = random.Next(firstDay, lastDay + 1);
                points[i] = rulePoints[rule[i]];
            }

            // Within a resident, date order; rule index as a tie-break so every implementation sees one order.
            var keys = new long[entriesPerResident];
            for (var k = 0; k < entriesPerResident; k++)
            {
                keys[k] = ((long)day[start + k] << 8) | (uint)rule[start + k];
            }

            Array.Sort(keys);
            for (var k = 0; k < entriesPerResident; k++)
            {
                day[start + k] = (int)(keys[k] >> 8);
                rule[start + k] = (int)(keys[k] & 0xFF);
                points[start + k] = rulePoints[rule[start + k]];
            }
        }

        workload.GroupedResident = resident;
        workload.GroupedRule = rule;
        workload.GroupedDay = day;
        workload.GroupedPoints = points;

        // The export: the same entries by day (stable, so same-day entries keep resident order), as a ledger appends them.
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var dayKeys = (int[])day.Clone();
        Array.Sort(dayKeys, order);
        workload.ExportResident = new int[count];
        workload.ExportRule = new int[count];
        workload.ExportDay = new int[count];
        workload.ExportPoints = new int[count];
        // Array.Sort is not stable; restore resident-then-rule order within each day so that arrival order is
        // chronological per resident, as in a real export.
        var position = 0;
        while (position < count)
        {
            var end = position;
            while (end < count && dayKeys[end] == dayKeys[position])
            {
                end++;
            }

            Array.Sort(order, position, end - position);
            position = end;
        }

        for (var i = 0; i < count; i++)
        {
            var from = order[i];
            workload.ExportResident[i] = resident[from];
            workload.ExportRule[i] = rule[from];
            workload.ExportDay[i] = day[from];
            workload.ExportPoints[i] = points[from];
        }

        return workload;
    }

    /// <summary>A tier histogram and a checksum of scores: equal across implementations, or a benchmark skipped work.</summary>
    public static string Fingerprint(ReadOnlySpan<long> scores, ReadOnlySpan<CreditTier> tiers)
    {
        var histogram = new int[6];
        long checksum = 17;
        for (var i = 0; i < scores.Length; i++)
        {
            histogram[(int)tiers[i]]++;
            checksum = unchecked((checksum * 31) + scores[i]);
        }

        return string.Create(CultureInfo.InvariantCulture, $"D/C/B/A/AA/AAA={string.Join('/', histogram)} checksum={checksum}");
    }

    /// <summary>The workload's rulebook as proposed for a vote: version 1.1 with the AAA threshold at 1040 (AA up to 1039).</summary>
    /// <param name="workload">The workload.</param>
    public static string ProposedRulebookJson(ScoringWorkload workload) =>
        RulebookJson(workload.RulePoints, workload.RuleCategory)
            .Replace("\"version\": \"1.0\"", "\"version\": \"1.1\"", StringComparison.Ordinal)
            .Replace("{ \"tier\": \"AAA\", \"min\": 1050 }", "{ \"tier\": \"AAA\", \"min\": 1040 }", StringComparison.Ordinal)
            .Replace("{ \"tier\": \"AA\", \"min\": 1030, \"max\": 1049 }", "{ \"tier\": \"AA\", \"min\": 1030, \"max\": 1039 }", StringComparison.Ordinal);

    internal static string RulebookJson(int[] rulePoints, int[] ruleCategory)
    {
        var json = new StringBuilder();
        json.Append("""{ "header": { "id": "bench.civility", "version": "1.0", "title": "benchmark", "jurisdiction": "ruicheng", "effectiveFrom": "2020-01-01" }, "categories": [""");
        for (var c = 0; c < CategoryCount; c++)
        {
            json.Append(c > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture, $$"""{ "id": "c{{c}}", "chinese": "类{{c}}", "caps": [ { "period": "month", "max": {{MonthlyCap}} } ] }""");
        }

        json.Append("""], "rules": [""");
        for (var r = 0; r < RuleCount; r++)
        {
            json.Append(r > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture,
                $$"""{ "id": "r{{r:00}}", "category": "c{{ruleCategory[r]}}", "chinese": "规则{{r}}", "points": {{rulePoints[r]}}, "unit": "occurrence", "effectiveFrom": "2020-01-01" }""");
        }

        json.Append(RulebookTail);
        return json.ToString();
    }
}
