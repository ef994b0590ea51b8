using NodaTime;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 11, defect 5: the explanation called 2024-07-01 "24 months before 2026-06-30".</summary>
public class HonourWindowIsStatedTruthfully
{
    private static readonly CivilityScorer Scorer = new(CivilityArbitraries.Rulebook);

    [Theory]
    [InlineData("2026-06-30", "2024-07-01")]
    [InlineData("2026-02-28", "2024-02-29")]
    [InlineData("2025-02-28", "2023-03-01")]
    [InlineData("2026-03-31", "2024-04-01")]
    [InlineData("2024-02-29", "2022-03-01")]
    public void WindowStart_IsTheDayAfterAsOfMovedBackTheWindow(string asOf, string start) =>
        Assert.Equal(Parse(start), Scorer.WindowStart(Parse(asOf)));

    [Fact]
    public void FirstDayOfTheWindow_Counts_TheDayBefore_DoesNot_AndTheTextSaysSo()
    {
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, ("R1", "security-patrol", "2024-06-30", 1), ("R1", "security-patrol", "2024-07-01", 1));
        var decision = Scorer.Score(ledger, ResidentId.From("R1"), new LocalDate(2026, 6, 30));
        Assert.Equal((10L, 10L), (decision.Value.HonourPoints, decision.Value.ExpiredPoints));
        var expiry = Assert.Single(decision.Explanation.Steps, s => s.Rule == RuleId.From("civility.expiry"));
        Assert.Contains("2024-07-01 to 2026-06-30, both included", expiry.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("months before", expiry.Summary, StringComparison.Ordinal);
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
