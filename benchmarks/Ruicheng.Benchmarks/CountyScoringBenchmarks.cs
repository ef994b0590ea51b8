using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Benchmarks;

/// <summary>
/// The scoring core against its peers, in one class and one run, on the same seeded data: the library's batch
/// scorer (pre-grouped columns, and from a time-ordered export including the grouping), a hand-written loop with
/// the same semantics (the baseline: the practical limit), a plain scan of the same columns (the memory floor),
/// naive LINQ and Microsoft RulesEngine (on subsets, reported per entry). Every implementation's tier histogram
/// and score checksum is checked equal in the setup, so no benchmark can skip work.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class CountyScoringBenchmarks
{
    private const int EntriesPerResident = 50;
    private const int LinqResidents = 10_000;
    private const int RulesEngineResidents = 40;

    private ScoringWorkload _workload = null!;
    private ScoringLedger _grouped = null!;
    private int[] _residentStart = [];
    private int[] _monthKeys = [];
    private int _minDay;
    private int _asOfDay;
    private int _windowStartDay;
    private long[] _scores = [];
    private CreditTier[] _tiers = [];
    private LedgerRow[] _linqRows = [];
    private ScoringLedgerBuilder _builder = null!;
    private ScoringLedgerBuilder _builderOneCore = null!;
    private int[] _sortStart = [];
    private int[] _sortNext = [];
    private int[] _sortedRule = [];
    private int[] _sortedDay = [];
    private int[] _sortedPoints = [];
    private LedgerRow[] _rulesEngineRows = [];
    private Dictionary<string, (int Category, int Points)> _rules = [];
    private RulesEngine.RulesEngine _engine = null!;

    /// <summary>Residents scored: a county of 10,000, and Ruicheng's ~400,000 (20 million entries).</summary>
    [ParamsSource(nameof(ResidentCounts))]
    public int Residents { get; set; }

    /// <summary>The sizes; CI's smoke run (environment variable <c>RUICHENG_BENCH_SMOKE=1</c>) keeps only the small one.</summary>
    public static IEnumerable<int> ResidentCounts =>
        Environment.GetEnvironmentVariable("RUICHENG_BENCH_SMOKE") == "1" ? [10_000] : [10_000, 400_000];

    [GlobalSetup]
    public void Setup()
    {
        _workload = ScoringWorkload.Create(Residents, EntriesPerResident, seed: 20261129);
        var scorer = _workload.Scorer;
        _grouped = ScoringLedger.FromGrouped(Residents, _workload.GroupedResident, _workload.GroupedRule, _workload.GroupedDay, _workload.GroupedPoints);
        _asOfDay = CivilityScorer.DayNumber(ScoringWorkload.AsOf);
        _windowStartDay = CivilityScorer.DayNumber(scorer.WindowStart(ScoringWorkload.AsOf));
        _residentStart = new int[Residents + 1];
        foreach (var r in _workload.GroupedResident)
        {
            _residentStart[r + 1]++;
        }

        for (var r = 0; r < Residents; r++)
        {
            _residentStart[r + 1] += _residentStart[r];
        }

        _minDay = _workload.GroupedDay.Min();
        _monthKeys = Enumerable.Range(_minDay, _workload.GroupedDay.Max() - _minDay + 1)
            .Select(d => CivilityScorer.DateOf(d)).Select(d => (d.Year * 12) + d.Month - 1).ToArray();
        _scores = new long[Residents];
        _tiers = new CreditTier[Residents];
        _rules = Enumerable.Range(0, ScoringWorkload.RuleCount).ToDictionary(r => $"r{r:00}", r => (_workload.RuleCategory[r], _workload.RulePoints[r]));
        _linqRows = Rows(Math.Min(LinqResidents, Residents));
        _rulesEngineRows = Rows(RulesEngineResidents);
        _engine = PeerScoring.CreateEngine(_workload.RulePoints);
        _builder = new ScoringLedgerBuilder();
        _builderOneCore = new ScoringLedgerBuilder(1);
        _sortStart = new int[Residents + 1];
        _sortNext = new int[Residents];
        (_sortedRule, _sortedDay, _sortedPoints) = (new int[_workload.ExportResident.Length], new int[_workload.ExportResident.Length], new int[_workload.ExportResident.Length]);
        CheckEveryImplementationAgrees();
    }

    [Benchmark(Baseline = true, Description = "hand-written SoA loop")]
    public long HandWrittenLoop()
    {
        HandWrittenScoring.Score(_residentStart, _workload.GroupedRule, _workload.GroupedDay, _workload.GroupedPoints, _workload.RuleCategory, _monthKeys, _minDay, _asOfDay, _windowStartDay, _scores, _tiers);
        return _scores[^1];
    }

    [Benchmark(Description = "batch, pre-grouped")]
    public long BatchPreGrouped()
    {
        _workload.Scorer.ScoreBatch(_grouped, ScoringWorkload.AsOf, _scores, _tiers, []);
        return _scores[^1];
    }

    [Benchmark(Description = "batch, pre-grouped, across cores")]
    public long BatchPreGroupedAcrossCores()
    {
        _workload.Scorer.ScoreBatchParallel(_grouped, ScoringWorkload.AsOf, _scores, _tiers, ReadOnlyMemory<CreditTier>.Empty);
        return _scores[^1];
    }

    [Benchmark(Description = "batch, from time-ordered export")]
    public long BatchFromExport()
    {
        var ledger = ScoringLedger.FromUnsorted(Residents, _workload.ExportResident, _workload.ExportRule, _workload.ExportDay, _workload.ExportPoints);
        _workload.Scorer.ScoreBatch(ledger, ScoringWorkload.AsOf, _scores, _tiers, []);
        return _scores[^1];
    }

    [Benchmark(Description = "hand-written counting sort + loop, from time-ordered export")]
    public long HandWrittenFromExport()
    {
        HandWrittenScoring.CountingSortAndScore(
            _workload.ExportResident, _workload.ExportRule, _workload.ExportDay, _workload.ExportPoints,
            _sortStart, _sortNext, _sortedRule, _sortedDay, _sortedPoints,
            _workload.RuleCategory, _monthKeys, _minDay, _asOfDay, _windowStartDay, _scores, _tiers);
        return _scores[^1];
    }

    [Benchmark(Description = "builder (scratch and ledger reused) + ScoreBatch, from time-ordered export, one core")]
    public long BuilderFromExportOneCore()
    {
        var ledger = _builderOneCore.FromUnsorted(Residents, _workload.ExportResident, _workload.ExportRule, _workload.ExportDay, _workload.ExportPoints);
        _workload.Scorer.ScoreBatch(ledger, ScoringWorkload.AsOf, _scores, _tiers, []);
        _builderOneCore.Return(ledger);
        return _scores[^1];
    }

    [Benchmark(Description = "builder (scratch and ledger reused) + ScoreBatchParallel, from time-ordered export, across cores")]
    public long BuilderFromExportAcrossCores()
    {
        var ledger = _builder.FromUnsorted(Residents, _workload.ExportResident, _workload.ExportRule, _workload.ExportDay, _workload.ExportPoints);
        _workload.Scorer.ScoreBatchParallel(ledger, ScoringWorkload.AsOf, _scores, _tiers, ReadOnlyMemory<CreditTier>.Empty);
        _builder.Return(ledger);
        return _scores[^1];
    }

    [Benchmark(Description = "grouping only (FromUnsorted), the export path's first half")]
    public int GroupingOnly() =>
        ScoringLedger.FromUnsorted(Residents, _workload.ExportResident, _workload.ExportRule, _workload.ExportDay, _workload.ExportPoints).EntryCount;

    [Benchmark(Description = "memory floor: plain scan")]
    public long PlainScan()
    {
        long sum = 0;
        var rule = _workload.GroupedRule;
        var day = _workload.GroupedDay;
        var points = _workload.GroupedPoints;
        for (var i = 0; i < points.Length; i++)
        {
            sum += points[i] + day[i] + rule[i];
        }

        return sum;
    }

    [Benchmark(Description = "naive LINQ (10,000 residents)")]
    public long NaiveLinq() => PeerScoring.Linq(_linqRows, Math.Min(LinqResidents, Residents), _rules, _asOfDay, _windowStartDay).Scores[^1];

    [Benchmark(Description = "RulesEngine 6.0.1 (40 residents)")]
    public async Task<long> MicrosoftRulesEngine() =>
        (await PeerScoring.RulesEngineAsync(_engine, _rulesEngineRows, RulesEngineResidents, _rules, _asOfDay, _windowStartDay).ConfigureAwait(false)).Scores[^1];

    internal static long EntriesPerOperation(BenchmarkCase benchmarkCase)
    {
        var residents = (int)benchmarkCase.Parameters["Residents"];
        return benchmarkCase.Descriptor.WorkloadMethod.Name switch
        {
            nameof(NaiveLinq) => (long)Math.Min(LinqResidents, residents) * EntriesPerResident,
            nameof(MicrosoftRulesEngine) => (long)RulesEngineResidents * EntriesPerResident,
            _ => (long)residents * EntriesPerResident,
        };
    }

    private LedgerRow[] Rows(int residents) =>
        Enumerable.Range(0, _residentStart[residents])
            .Select(i => new LedgerRow { Resident = _workload.GroupedResident[i], RuleId = $"r{_workload.GroupedRule[i]:00}", Day = _workload.GroupedDay[i] })
            .ToArray();

    private void CheckEveryImplementationAgrees()
    {
        HandWrittenLoop();
        var expected = ScoringWorkload.Fingerprint(_scores, _tiers);
        Require("batch, pre-grouped", BatchPreGrouped, expected);
        Require("batch, from export", BatchFromExport, expected);
        Require("batch, across cores", BatchPreGroupedAcrossCores, expected);
        Require("hand-written, from export", HandWrittenFromExport, expected);
        Require("builder, one core", BuilderFromExportOneCore, expected);
        Require("builder, across cores", BuilderFromExportAcrossCores, expected);

        foreach (var (name, residents, run) in new (string, int, Func<(long[], CreditTier[])>)[]
        {
            ("naive LINQ", Math.Min(LinqResidents, Residents), () => PeerScoring.Linq(_linqRows, Math.Min(LinqResidents, Residents), _rules, _asOfDay, _windowStartDay)),
            ("RulesEngine", RulesEngineResidents, () => PeerScoring.RulesEngineAsync(_engine, _rulesEngineRows, RulesEngineResidents, _rules, _asOfDay, _windowStartDay).GetAwaiter().GetResult()),
        })
        {
            var (scores, tiers) = run();
            var subset = ScoringWorkload.Fingerprint(_scores.AsSpan(0, residents), _tiers.AsSpan(0, residents));
            if (ScoringWorkload.Fingerprint(scores, tiers) != subset)
            {
                throw new InvalidOperationException($"{name} disagrees with the hand-written loop on its subset: {ScoringWorkload.Fingerprint(scores, tiers)} vs {subset}");
            }
        }

        Console.WriteLine($"// all implementations agree at {Residents} residents: {expected}");
    }

    private void Require(string name, Func<long> run, string expected)
    {
        Array.Clear(_scores);
        run();
        var actual = ScoringWorkload.Fingerprint(_scores, _tiers);
        if (actual != expected)
        {
            throw new InvalidOperationException($"{name} disagrees with the hand-written loop: {actual} vs {expected}");
        }
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
