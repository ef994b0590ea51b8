using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Scoring;
using static Ruicheng.TestUtilities.CivilityRulebookText;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 11: a ledger that lives across rulebook versions (1.0, then 1.1 a year later).</summary>
public class LedgerMovesToANewRulebookVersionWithoutChangingThePast
{
    private static readonly Civility.Rulebooks.CivilityRulebook V10 = Load([Category("e", ("month", 30))], [Rule("y", "e", 4, caps: ("day", 8)), Rule("z", "e", -5)]);

    [Fact]
    public void ClosingAVersionAndAddingANextOne_IsAccepted_AndThePastScoresTheSame()
    {
        var v11 = Load(
            [Category("e", ("month", 30))],
            [Rule("y", "e", 4, "2024-01-01", "2024-12-31", ("day", 8)), Rule("y", "e", 6, "2025-01-01", null, ("day", 12)), Rule("z", "e", -5)],
            version: "1.1", effectiveFrom: "2025-01-01");
        var ledger = ScoringRegressionFixture.LedgerOf(V10, ("R1", "y", "2024-05-05", 3), ("R1", "z", "2024-06-01", 1));
        var before = new CivilityScorer(V10).Score(ledger, ResidentId.From("R1"), new LocalDate(2024, 12, 31)).Value.Score;

        Assert.True(ledger.AdoptRulebook(v11).IsSuccess);
        Assert.Equal(before, new CivilityScorer(v11).Score(ledger, ResidentId.From("R1"), new LocalDate(2024, 12, 31)).Value.Score);

        var appended = ledger.Ingest([EntryDraft.Award(ResidentId.From("R1"), "new", RuleId.From("y"), new LocalDate(2025, 2, 1), 2, ScoringRegressionFixture.Now, review: "council minute")]).Appended;
        Assert.Equal(("1.0", "1.1"), (ledger.Entries[0].RulebookVersion.ToString(), Assert.Single(appended).RulebookVersion.ToString()));
    }

    [Fact]
    public void ChangingAPastVersion_IsRefused_NamingTheRuleAndDate()
    {
        var changed = Load([Category("e", ("month", 30))], [Rule("y", "e", 5, caps: ("day", 8)), Rule("z", "e", -5)], version: "1.1", effectiveFrom: "2025-01-01");
        var ledger = ScoringRegressionFixture.LedgerOf(V10, ("R1", "y", "2024-05-05", 1));
        var refused = ledger.AdoptRulebook(changed);
        Assert.True(refused.IsFailure);
        var violation = Assert.Single(refused.Violations);
        Assert.Equal(("ledger.rulebook.past-changed", "rules[y]"), (violation.Code.Value, violation.Path));
        Assert.Contains(Figure.Of("date", "2024-01-01"), violation.Figures);
        Assert.Equal("1.0", ledger.Rulebook.Header.Version.ToString());
    }

    [Fact]
    public void ChangingACategoryCapThatPastVersionsUse_IsRefused()
    {
        var changed = Load([Category("e", ("month", 40))], [Rule("y", "e", 4, caps: ("day", 8)), Rule("z", "e", -5)], version: "1.1", effectiveFrom: "2025-01-01");
        var refused = ScoringRegressionFixture.LedgerOf(V10).AdoptRulebook(changed);
        Assert.Equal("categories[e]", Assert.Single(refused.Violations).Path);
    }

    [Fact]
    public void AnEarlierOrEqualVersion_IsRefused()
    {
        var same = Load([Category("e", ("month", 30))], [Rule("y", "e", 4, caps: ("day", 8)), Rule("z", "e", -5)], version: "1.0");
        Assert.Equal("header", Assert.Single(ScoringRegressionFixture.LedgerOf(V10).AdoptRulebook(same).Violations).Path);
    }

    [Fact]
    public void ADraftReDeliveredAfterTheMove_WithAnotherRecordedTime_IsADuplicate()
    {
        var v11 = Load([Category("e", ("month", 30))], [Rule("y", "e", 4, caps: ("day", 8)), Rule("z", "e", -5)], version: "1.1", effectiveFrom: "2025-01-01");
        var ledger = ScoringRegressionFixture.LedgerOf(V10, ("R1", "y", "2024-05-05", 1));
        Assert.True(ledger.AdoptRulebook(v11).IsSuccess);
        var again = ledger.Ingest([EntryDraft.Award(ResidentId.From("R1"), "row-0", RuleId.From("y"), new LocalDate(2024, 5, 5), 1, ScoringRegressionFixture.Now.Plus(Duration.FromDays(3)), review: "council minute")]);
        Assert.Equal(0, Assert.Single(again.Duplicates));
        Assert.Single(ledger.Entries);
    }
}
