using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Lists;
using Ruicheng.Civility.Scoring;
using Ruicheng.Civility.Tests.Issues;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Lists;

public class HonourListTests
{
    private static readonly CivilityScorer Scorer = new(CivilityArbitraries.Rulebook);

    [Fact]
    public void AVillageWhereNobodyBrokeAListedRule_HasAnEmptyBlackList()
    {
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, ("R1", "security-patrol", "2026-05-01", 1), ("R2", "filial-care", "2026-05-02", 1));
        var lists = HonourList.Compute(Scorer, ledger, new LocalDate(2026, 6, 30));
        Assert.Equal(("2026-Q2", new LocalDate(2026, 4, 1), new LocalDate(2026, 6, 30)), (lists.Label, lists.From, lists.To));
        Assert.Empty(lists.Black);
        Assert.Empty(lists.Red);
    }

    [Fact]
    public void Red_ByCountedPointsOrANamedHonour_Black_ByAListedDeduction_InThePeriodOnly()
    {
        var ledger = ScoringRegressionFixture.LedgerOf(
            CivilityArbitraries.Rulebook,
            ("R1", "security-patrol", "2026-04-01", 1), ("R1", "security-patrol", "2026-05-01", 1), ("R1", "security-patrol", "2026-06-01", 1),
            ("R2", "honour-county", "2026-05-02", 1),
            ("R3", "straw-burning", "2026-06-03", 1), ("R3", "security-patrol", "2026-06-03", 1),
            ("R4", "straw-burning", "2026-03-31", 1),
            ("R5", "security-patrol", "2026-04-02", 5));
        var lists = HonourList.Compute(Scorer, ledger, new LocalDate(2026, 5, 15));
        Assert.Equal(["R1", "R5", "R2"], lists.Red.Select(r => r.Key.Value));
        Assert.Equal([30L, 30L, 5L], lists.Red.Select(r => r.Value));
        Assert.Equal([("R3", -5L)], lists.Black.Select(b => (b.Key.Value, b.Value)));
    }

    [Fact]
    public void AReversedDeduction_TakesTheResidentOffTheBlackList()
    {
        var ledger = ScoringRegressionFixture.LedgerOf(CivilityArbitraries.Rulebook, ("R3", "straw-burning", "2026-06-03", 1));
        var cadre = new CivilityActor(ResidentId.From("cadre"), CivilityRole.Cadre, HouseholdId.From("H-c"));
        ledger.Ingest([EntryDraft.Reversal(ResidentId.From("R3"), "appeal-1", ledger.Entries[0].Id, new LocalDate(2026, 6, 10), ScoringRegressionFixture.Now, cadre)]);
        Assert.Empty(HonourList.Compute(Scorer, ledger, new LocalDate(2026, 6, 30)).Black);
    }
}
