using BenchmarkDotNet.Attributes;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.Civility.WhatIf;

namespace Ruicheng.Benchmarks;

/// <summary>
/// Issue 14: what-if scoring of a county (the <see cref="CountyScoringBenchmarks"/> workload) against one scoring
/// pass. Both start from the time-ordered export columns: one pass groups them (<c>FromUnsorted</c>) and scores; the
/// what-if groups them once and scores under the current and the proposed rulebook (AAA from 1050 down to 1040), then
/// builds the per-resident comparison and the transition matrix. Target: the what-if within twice one pass.
/// </summary>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    private ScoringWorkload _workload = null!;
    private CivilityScorer _proposed = null!;
    private string[] _subjects = [];
    private long[] _scores = [];
    private CreditTier[] _tiers = [];

    /// <summary>Residents scored (50 entries each); the smoke run keeps the small one.</summary>
    [ParamsSource(nameof(ResidentCounts))]
    public int Residents { get; set; }

    /// <summary>The sizes.</summary>
    public static IEnumerable<int> ResidentCounts => CountyScoringBenchmarks.ResidentCounts;

    [GlobalSetup]
    public void Setup()
    {
        _workload = ScoringWorkload.Create(Residents, 50, seed: 20261129);
        var proposedJson = ScoringWorkload.ProposedRulebookJson(_workload);
        _proposed = new CivilityScorer(CivilityRulebookFile.Load(proposedJson).Value);
        if (CivilityRulebook.Compare(_workload.Scorer.Rulebook, _proposed.Rulebook).Changes.Length != 3)
        {
            throw new InvalidOperationException("the proposal should change the version, the AAA minimum and the AA maximum");
        }

        _subjects = [.. Enumerable.Range(0, Residents).Select(i => $"R-{i:D7}")];
        _scores = new long[Residents];
        _tiers = new CreditTier[Residents];
        var whatIf = WhatIf();
        if (whatIf.Residents.Length != Residents || whatIf.MovingInto(CreditTier.AAA).Any(r => r.ScoreAfter < 1040))
        {
            throw new InvalidOperationException("the what-if does not agree with the proposal");
        }
    }

    [Benchmark(Baseline = true, Description = "one scoring pass (FromUnsorted + ScoreBatch)")]
    public long OnePass()
    {
        var ledger = ScoringLedger.FromUnsorted(Residents, _workload.ExportResident, _workload.ExportRule, _workload.ExportDay, _workload.ExportPoints);
        _workload.Scorer.ScoreBatch(ledger, ScoringWorkload.AsOf, _scores, _tiers, []);
        return _scores[0];
    }

    [Benchmark(Description = "what-if: current vs proposed (FromUnsorted + 2 × ScoreBatch + comparison)")]
    public int WhatIfPass() => WhatIf().TierChangeCount;

    private CivilityWhatIf WhatIf()
    {
        var ledger = ScoringLedger.FromUnsorted(Residents, _workload.ExportResident, _workload.ExportRule, _workload.ExportDay, _workload.ExportPoints);
        return CivilityWhatIf.RunBatch(ledger, _subjects, _workload.Scorer, _proposed, ScoringWorkload.AsOf, [], []);
    }
}
