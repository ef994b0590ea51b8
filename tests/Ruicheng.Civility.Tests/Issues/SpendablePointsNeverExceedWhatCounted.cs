using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 11, defect 3: an award above a cap still became points-supermarket balance.</summary>
public class SpendablePointsNeverExceedWhatCounted
{
    [Fact]
    public void FivePatrolsInOneMonth_GiveThirtySpendable_NotFifty()
    {
        var rows = Enumerable.Range(1, 5).Select(d => ("R1", "security-patrol", $"2026-06-0{d}", 1m)).ToArray();
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, rows);
        var score = new CivilityScorer(CivilityArbitraries.Rulebook).Score(ledger, ResidentId.From("R1"), new LocalDate(2026, 6, 30)).Value;
        Assert.Equal(30, score.HonourPoints);
        Assert.Equal(30, score.SpendablePoints);
        Assert.Equal(30, ledger.SpendableBalance(ResidentId.From("R1")));
    }

    [Fact]
    public void RedeemingMoreThanCounted_IsRejected()
    {
        var rows = Enumerable.Range(1, 5).Select(d => ("R1", "security-patrol", $"2026-06-0{d}", 1m)).ToArray();
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, rows);
        var report = ledger.Ingest([EntryDraft.Redemption(ResidentId.From("R1"), "shop-1", new LocalDate(2026, 7, 1), 40, ScoringRegressionFixture.Now)]);
        Assert.Equal("ledger.redemption.balance", Assert.Single(report.Rejected).Code.Value);
    }
}
