using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Benchmarks;

/// <summary>
/// The county workload with versioned caps (issue 11): 40 rule ids in 8 categories, each with two versions that
/// change mid-month on 2025-07-16 (new points, and a monthly cap of the rule's own that differs between versions:
/// 15 then 20, usage carried over across the change), beside each category's monthly cap of 30. The library's batch
/// scorer against a hand-written loop with exactly these semantics, over the same columns; every implementation's
/// tier histogram and score checksum is checked equal in the setup.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class VersionedCapsScoringBenchmarks
{
    private const int RuleIds = 40;
    private const int Categories = 8;
    private const int CategoryCap = 30;
    private const int EntriesPerResident = 50;
    private static readonly int[] VersionCap = [15, 20];
    private static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly LocalDate Change = new(2025, 7, 16);

    private CivilityScorer _scorer = null!;
    private ScoringLedger _grouped = null!;
    private int[] _residentStart = [];
    private int[] _rule = [];
    private int[] _day = [];
    private int[] _points = [];
    private int[] _exportResident = [];
    private int[] _exportRule = [];
    private int[] _exportDay = [];
    private int[] _exportPoints = [];
    private int[] _category = [];
    private int[] _ruleCap = [];
    private int[] _monthKeys = [];
    private int _minDay;
    private int _asOfDay;
    private int _windowStartDay;
    private long[] _scores = [];
    private CreditTier[] _tiers = [];

    /// <summary>Residents scored; CI's smoke run keeps only the small size.</summary>
    [ParamsSource(nameof(ResidentCounts))]
    public int Residents { get; set; }

    /// <summary>The sizes.</summary>
    public static IEnumerable<int> ResidentCounts =>
        Environment.GetEnvironmentVariable("RUICHENG_BENCH_SMOKE") == "1" ? [10_000] : [10_000, 400_000];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261130);
        var points = new int[RuleIds * 2];
        for (var id = 0; id < RuleIds; id++)
        {
            var negative = id % 4 == 3;
            points[2 * id] = negative ? -random.Next(1, 51) : random.Next(1, 21);
            points[(2 * id) + 1] = negative ? -random.Next(1, 51) : random.Next(1, 21);
        }

        _scorer = new CivilityScorer(CivilityRulebookFile.Load(RulebookJson(points)).Value);
        _category = Enumerable.Range(0, RuleIds * 2).Select(r => (r / 2) % Categories).ToArray();
        _ruleCap = Enumerable.Range(0, RuleIds * 2).Select(r => VersionCap[r % 2]).ToArray();

        var count = Residents * EntriesPerResident;
        var firstDay = CivilityScorer.DayNumber(AsOf.PlusMonths(-30));
        var lastDay = CivilityScorer.DayNumber(AsOf);
        var changeDay = CivilityScorer.DayNumber(Change);
        (_rule, _day, _points) = (new int[count], new int[count], new int[count]);
        var resident = new int[count];
        _residentStart = new int[Residents + 1];
        var keys = new long[EntriesPerResident];
        for (int r = 0, i = 0; r < Residents; r++)
        {
            _residentStart[r] = i;
            for (var k = 0; k < EntriesPerResident; k++)
            {
                var day = random.Next(firstDay, lastDay + 1);
                var rule = (2 * random.Next(RuleIds)) + (day >= changeDay ? 1 : 0);
                keys[k] = ((long)day << 8) | (uint)rule;
            }

            // Canonical order within a resident: day, then rule index (the rule id, then its version).
            Array.Sort(keys);
            foreach (var key in keys)
            {
                resident[i] = r;
                _day[i] = (int)(key >> 8);
                _rule[i] = (int)(key & 0xFF);
                _points[i] = points[_rule[i]];
                i++;
            }
        }

        _residentStart[Residents] = count;
        _grouped = ScoringLedger.FromGrouped(Residents, resident, _rule, _day, _points);

        // The export: by day, residents interleaved, as a ledger appends them.
        var order = Enumerable.Range(0, count).OrderBy(i => _day[i]).ThenBy(i => resident[i]).ToArray();
        _exportResident = order.Select(i => resident[i]).ToArray();
        _exportRule = order.Select(i => _rule[i]).ToArray();
        _exportDay = order.Select(i => _day[i]).ToArray();
        _exportPoints = order.Select(i => _points[i]).ToArray();

        _minDay = _day.Min();
        _monthKeys = Enumerable.Range(_minDay, _day.Max() - _minDay + 1).Select(CivilityScorer.DateOf).Select(d => (d.Year * 12) + d.Month - 1).ToArray();
        _asOfDay = CivilityScorer.DayNumber(AsOf);
        _windowStartDay = CivilityScorer.DayNumber(_scorer.WindowStart(AsOf));
        _scores = new long[Residents];
        _tiers = new CreditTier[Residents];

        HandWrittenLoop();
        var expected = ScoringWorkload.Fingerprint(_scores, _tiers);
        foreach (var (name, run) in new (string, Func<long>)[] { ("batch, pre-grouped", BatchPreGrouped), ("batch, from export", BatchFromExport) })
        {
            Array.Clear(_scores);
            run();
            if (ScoringWorkload.Fingerprint(_scores, _tiers) != expected)
            {
                throw new InvalidOperationException($"{name} disagrees with the hand-written loop: {ScoringWorkload.Fingerprint(_scores, _tiers)} vs {expected}");
            }
        }

        Console.WriteLine($"// versioned caps: all implementations agree at {Residents} residents: {expected}");
    }

    [Benchmark(Baseline = true, Description = "hand-written loop, versioned caps")]
    public long HandWrittenLoop()
    {
        Span<int> categoryMonth = stackalloc int[Categories];
        Span<int> categoryUsed = stackalloc int[Categories];
        Span<int> ruleMonth = stackalloc int[RuleIds];
        Span<int> ruleUsed = stackalloc int[RuleIds];
        var (rule, day, points, category, ruleCap, monthKeys) = (_rule, _day, _points, _category, _ruleCap, _monthKeys);
        for (var r = 0; r < Residents; r++)
        {
            categoryMonth.Fill(-1);
            ruleMonth.Fill(-1);
            long honour = 0;
            for (var i = _residentStart[r]; i < _residentStart[r + 1]; i++)
            {
                var d = day[i];
                if (d > _asOfDay)
                {
                    break;
                }

                var p = points[i];
                if (p > 0)
                {
                    var ri = rule[i];
                    var id = ri >> 1;
                    var c = category[ri];
                    var m = monthKeys[d - _minDay];
                    if (categoryMonth[c] != m)
                    {
                        categoryMonth[c] = m;
                        categoryUsed[c] = 0;
                    }

                    if (ruleMonth[id] != m)
                    {
                        ruleMonth[id] = m;
                        ruleUsed[id] = 0;
                    }

                    p = Math.Min(p, Math.Min(CategoryCap - categoryUsed[c], ruleCap[ri] - ruleUsed[id]));
                    categoryUsed[c] += p;
                    ruleUsed[id] += p;
                }

                if (d >= _windowStartDay)
                {
                    honour += p;
                }
            }

            var score = 1000 + honour;
            _scores[r] = score;
            _tiers[r] = HandWrittenScoring.TierOf(score);
        }

        return _scores[^1];
    }

    [Benchmark(Description = "batch, pre-grouped, versioned caps")]
    public long BatchPreGrouped()
    {
        _scorer.ScoreBatch(_grouped, AsOf, _scores, _tiers, []);
        return _scores[^1];
    }

    [Benchmark(Description = "batch, from time-ordered export, versioned caps")]
    public long BatchFromExport()
    {
        var ledger = ScoringLedger.FromUnsorted(Residents, _exportResident, _exportRule, _exportDay, _exportPoints);
        _scorer.ScoreBatch(ledger, AsOf, _scores, _tiers, []);
        return _scores[^1];
    }

    private static long EntriesPerOperation(BenchmarkCase benchmarkCase) => (long)(int)benchmarkCase.Parameters["Residents"] * EntriesPerResident;

    private static string RulebookJson(int[] points)
    {
        var json = new StringBuilder();
        json.Append("""{ "header": { "id": "bench.civility.versioned", "version": "1.0", "title": "benchmark", "jurisdiction": "ruicheng", "effectiveFrom": "2020-01-01" }, "categories": [""");
        for (var c = 0; c < Categories; c++)
        {
            json.Append(c > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture, $$"""{ "id": "c{{c}}", "chinese": "类{{c}}", "caps": [ { "period": "month", "max": {{CategoryCap}} } ] }""");
        }

        json.Append("""], "rules": [""");
        for (var id = 0; id < RuleIds; id++)
        {
            for (var v = 0; v < 2; v++)
            {
                var p = points[(2 * id) + v];
                var dates = v == 0 ? $"\"effectiveFrom\": \"2020-01-01\", \"effectiveTo\": \"{Change.PlusDays(-1):uuuu-MM-dd}\"" : $"\"effectiveFrom\": \"{Change:uuuu-MM-dd}\"";
                var caps = p > 0 ? $"[ {{ \"period\": \"month\", \"max\": {VersionCap[v]} }} ]" : "[]";
                json.Append(id + v > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture,
                    $$"""{ "id": "r{{id:00}}", "category": "c{{id % Categories}}", "chinese": "规则{{id}}", "points": {{p}}, "unit": "occurrence", {{dates}}, "caps": {{caps}} }""");
            }
        }

        json.Append(ScoringWorkload.RulebookTail);
        return json.ToString();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new EntriesPerSecondColumn(EntriesPerOperation, nameof(HandWrittenLoop), ratio: false));
            AddColumn(new EntriesPerSecondColumn(EntriesPerOperation, nameof(HandWrittenLoop), ratio: true));
        }
    }
}
