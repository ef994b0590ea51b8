using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Shared helpers of the scoring regression tests: a ledger from rows, and both scoring paths.</summary>
internal static class ScoringRegressionFixture
{
    public static readonly Instant Now = Instant.FromUtc(2026, 6, 30, 2, 0);

    public static PointsLedger LedgerOf(CivilityRulebook rulebook, params (string Resident, string Rule, string Date, decimal Quantity)[] rows)
    {
        var ledger = new PointsLedger(rulebook, CivilityArbitraries.Key);
        var report = ledger.Ingest(rows.Select((r, i) =>
        {
            var date = LocalDate.FromDateTime(DateTime.Parse(r.Date, System.Globalization.CultureInfo.InvariantCulture));
            var rule = rulebook.FindRuleInForce(RuleId.From(r.Rule), date)!;
            return EntryDraft.ForRule(ResidentId.From(r.Resident), $"row-{i}", rule, date, r.Quantity, Now, review: "council minute");
        }));
        Assert.Empty(report.Rejected);
        return ledger;
    }

    /// <summary>The score of one resident by the per-resident path and by the batch path (they must agree).</summary>
    public static long ScoreBothWays(CivilityScorer scorer, PointsLedger ledger, string resident, LocalDate asOf)
    {
        var single = scorer.Score(ledger, ResidentId.From(resident), asOf).Value.Score;
        var columns = ScoringLedger.FromLedger(scorer, ledger, [ResidentId.From(resident)]);
        var scores = new long[1];
        scorer.ScoreBatch(columns, asOf, scores, new CreditTier[1], []);
        Assert.Equal(single, scores[0]);
        return single;
    }
}
