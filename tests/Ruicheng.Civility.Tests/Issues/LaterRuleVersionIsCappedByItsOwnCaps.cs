using NodaTime;
using Ruicheng.Civility.Scoring;
using static Ruicheng.TestUtilities.CivilityRulebookText;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 11, defect 1: a later version of a rule was capped with the first version's caps.</summary>
public class LaterRuleVersionIsCappedByItsOwnCaps
{
    [Fact]
    public void SecondVersion_UsesItsOwnDayCap_BasePlus12()
    {
        var rulebook = Load(
            [Category("e")],
            [Rule("y", "e", 4, "2024-01-01", "2024-12-31", ("day", 8)), Rule("y", "e", 6, "2025-01-01", null, ("day", 12))]);
        var ledger = ScoringRegressionFixture.LedgerOf(rulebook, ("R1", "y", "2025-04-04", 2));
        Assert.Equal(1012, ScoringRegressionFixture.ScoreBothWays(new CivilityScorer(rulebook), ledger, "R1", new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void FirstVersion_StillUsesItsOwnDayCap()
    {
        var rulebook = Load(
            [Category("e")],
            [Rule("y", "e", 4, "2024-01-01", "2024-12-31", ("day", 8)), Rule("y", "e", 6, "2025-01-01", null, ("day", 12))]);
        var ledger = ScoringRegressionFixture.LedgerOf(rulebook, ("R1", "y", "2024-04-04", 3));
        Assert.Equal(1008, ScoringRegressionFixture.ScoreBothWays(new CivilityScorer(rulebook), ledger, "R1", new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void UsageCarriesOverAcrossAMidPeriodVersionChange()
    {
        // Version 1 caps the month at 10 until 15 March; version 2 caps it at 15 from 16 March. The 10 points counted
        // under version 1 in March count against version 2's 15, so the second award counts 5 of its 10.
        var rulebook = Load(
            [Category("e")],
            [Rule("y", "e", 5, "2024-01-01", "2025-03-15", ("month", 10)), Rule("y", "e", 5, "2025-03-16", null, ("month", 15))]);
        var ledger = ScoringRegressionFixture.LedgerOf(rulebook, ("R1", "y", "2025-03-10", 2), ("R1", "y", "2025-03-20", 2));
        var scorer = new CivilityScorer(rulebook);
        Assert.Equal(1015, ScoringRegressionFixture.ScoreBothWays(scorer, ledger, "R1", new LocalDate(2025, 6, 30)));
        var explained = scorer.Score(ledger, ResidentId.From("R1"), new LocalDate(2025, 6, 30));
        Assert.Contains(explained.Explanation.Steps, s => s.Summary.Contains("rule y v2", StringComparison.Ordinal)
            && s.Figures.Contains(Figure.Of("counted", 5)) && s.Figures.Contains(Figure.Of("rule-cap:y:2025-03", 5)));
    }

    [Fact]
    public void AVersionWithoutACap_StillFeedsTheUsageALaterVersionIsCappedBy()
    {
        var rulebook = Load(
            [Category("e")],
            [Rule("y", "e", 5, "2024-01-01", "2025-03-15"), Rule("y", "e", 5, "2025-03-16", null, ("month", 12))]);
        var ledger = ScoringRegressionFixture.LedgerOf(rulebook, ("R1", "y", "2025-03-10", 2), ("R1", "y", "2025-03-20", 2));
        Assert.Equal(1012, ScoringRegressionFixture.ScoreBothWays(new CivilityScorer(rulebook), ledger, "R1", new LocalDate(2025, 6, 30)));
    }

    [Fact]
    public void UsageAboveALaterVersionsCap_CountsNothing_NeverANegativeAward()
    {
        // Found by the reference property: 30 points under an uncapped version, then a version capped at 5 a year
        // in the same year, once counted −25.
        var rulebook = Load(
            [Category("e")],
            [Rule("y", "e", 10, "2024-01-01", "2024-10-31"), Rule("y", "e", 4, "2024-11-01", null, ("year", 5))]);
        var ledger = ScoringRegressionFixture.LedgerOf(rulebook, ("R1", "y", "2024-09-02", 3), ("R1", "y", "2024-11-15", 3));
        var scorer = new CivilityScorer(rulebook);
        Assert.Equal(1030, ScoringRegressionFixture.ScoreBothWays(scorer, ledger, "R1", new LocalDate(2024, 12, 31)));
        Assert.Equal(12, scorer.Score(ledger, ResidentId.From("R1"), new LocalDate(2024, 12, 31)).Value.CappedPoints);
    }
}
