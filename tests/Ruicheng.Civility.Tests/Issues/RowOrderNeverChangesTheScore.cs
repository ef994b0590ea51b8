using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;
using static Ruicheng.TestUtilities.CivilityRulebookText;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 11, defect 2: the same export in another row order gave another score.</summary>
public class RowOrderNeverChangesTheScore
{
    private static readonly Civility.Rulebooks.CivilityRulebook Rulebook = Load(
        [Category("c", ("day", 5))],
        [Rule("a", "c", 5, caps: ("month", 6)), Rule("b", "c", 5)]);

    [Theory]
    [InlineData("a", "b", "a")]
    [InlineData("b", "a", "a")]
    [InlineData("a", "a", "b")]
    public void EveryOrderOfOneDay_GivesTheSameScore(string first, string second, string third)
    {
        var ledger = ScoringRegressionFixture.LedgerOf(Rulebook, ("R1", first, "2026-06-01", 1), ("R1", second, "2026-06-01", 1), ("R1", third, "2026-06-01", 1));
        Assert.Equal(1005, ScoringRegressionFixture.ScoreBothWays(new CivilityScorer(Rulebook), ledger, "R1", new LocalDate(2026, 6, 30)));
    }

    [Fact]
    public void BatchColumns_InAnyArrivalOrder_GiveTheSameScores()
    {
        var scorer = new CivilityScorer(Rulebook);
        var a = scorer.RuleIndexOf(RuleId.From("a"), new LocalDate(2026, 6, 1));
        var b = scorer.RuleIndexOf(RuleId.From("b"), new LocalDate(2026, 6, 1));
        var day = CivilityScorer.DayNumber(new LocalDate(2026, 6, 1));
        long Score(int[] rules)
        {
            var ledger = ScoringLedger.FromUnsorted(1, new int[rules.Length], rules, Enumerable.Repeat(day, rules.Length).ToArray(), Enumerable.Repeat(5, rules.Length).ToArray());
            var grouped = ScoringLedger.FromGrouped(1, new int[rules.Length], rules, Enumerable.Repeat(day, rules.Length).ToArray(), Enumerable.Repeat(5, rules.Length).ToArray());
            var scores = new long[1];
            var again = new long[1];
            scorer.ScoreBatch(ledger, new LocalDate(2026, 6, 30), scores, new CreditTier[1], []);
            scorer.ScoreBatch(grouped, new LocalDate(2026, 6, 30), again, new CreditTier[1], []);
            Assert.Equal(scores[0], again[0]);
            return scores[0];
        }

        Assert.Equal(Score([a, b, a]), Score([b, a, a]));
        Assert.Equal(Score([a, b, a]), Score([a, a, b]));
    }
}
