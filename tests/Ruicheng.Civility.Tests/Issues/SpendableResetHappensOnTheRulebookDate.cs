using NodaTime;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 11, defect 4: <c>spendableResetsOn</c> was loaded but never used.</summary>
public class SpendableResetHappensOnTheRulebookDate
{
    [Fact]
    public void ResetOnAnotherDay_IsRefused_AndNothingIsWritten()
    {
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, ("R1", "security-patrol", "2026-06-01", 1));
        var count = ledger.Entries.Count;
        var refused = ledger.ResetSpendable(new LocalDate(2026, 12, 30), ScoringRegressionFixture.Now);
        Assert.True(refused.IsFailure);
        Assert.Equal("ledger.reset.date", refused.FirstViolation.Code.Value);
        Assert.Equal(count, ledger.Entries.Count);
        Assert.Equal(10, ledger.SpendableBalance(ResidentId.From("R1")));
    }

    [Fact]
    public void ResetOnTheRulebookDay_OfAnyYear_IsAccepted()
    {
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, ("R1", "security-patrol", "2026-06-01", 1));
        Assert.Single(ledger.ResetSpendable(new LocalDate(2027, 12, 31), ScoringRegressionFixture.Now).Value);
        Assert.Equal(0, ledger.SpendableBalance(ResidentId.From("R1")));
    }
}
