using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Scoring;

public partial class CivilityScorerTests
{
    private static readonly CivilityScorer Scorer = new(CivilityArbitraries.Rulebook);
    private static readonly ResidentId Resident = ResidentId.From("R-1");
    private static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 30, 2, 0);
    private static readonly CivilityActor Cadre = new(ResidentId.From("cadre"), CivilityRole.Cadre, HouseholdId.From("H-cadre"));

    private static EntryDraft Draft(string source, string rule, LocalDate date, decimal quantity = 1) =>
        EntryDraft.ForRule(Resident, source, CivilityArbitraries.Rulebook.RuleInForce(RuleId.From(rule), date), date, quantity, Now, review: "council minute");

    /// <summary>A resident at 1,049: 49 honour points spread over months so that no cap bites.</summary>
    private static PointsLedger At1049()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([
            Draft("p1", "security-patrol", new LocalDate(2026, 1, 10)),
            Draft("p2", "security-patrol", new LocalDate(2026, 2, 10)),
            Draft("p3", "security-patrol", new LocalDate(2026, 3, 10)),
            Draft("p4", "security-patrol", new LocalDate(2026, 4, 10)),
            Draft("f1", "filial-care", new LocalDate(2026, 5, 10)),
            Draft("c1", "courtyard-model", new LocalDate(2026, 5, 11)),
            Draft("v1", "honour-village", new LocalDate(2026, 5, 12)),
        ]);
        return ledger;
    }

    [Fact]
    public void OneFivePointAward_MovesAResidentAt1049FromAAToAAA_AndBackOnReversal()
    {
        var ledger = At1049();
        var before = Scorer.Score(ledger, Resident, AsOf, []).Value;
        Assert.Equal((1049L, CreditTier.AA), (before.Score, before.Tier));

        var award = ledger.Ingest([Draft("a1", "volunteer-labour", new LocalDate(2026, 6, 1))]).Appended[0];
        var after = Scorer.Score(ledger, Resident, AsOf, []);
        Assert.Equal((1054L, CreditTier.AAA), (after.Value.Score, after.Value.Tier));
        Assert.Equal(Money.FromYuan(300_000m), after.Value.Benefits.CreditLine);
        Assert.Contains(after.Explanation.Steps, s => s.Rule == RuleId.From("volunteer-labour"));

        ledger.Ingest([EntryDraft.Reversal(Resident, "r1", award.Id, award.OccurredOn, Now, Cadre)]);
        var reversed = Scorer.Score(ledger, Resident, AsOf, []).Value;
        Assert.Equal((1049L, CreditTier.AA), (reversed.Score, reversed.Tier));
    }

    [Fact]
    public void MonthlyCategoryCap_StopsAtThirty_AndIsExplained()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest(Enumerable.Range(1, 5).Select(d => Draft($"s{d}", "security-patrol", new LocalDate(2026, 6, d))));
        var score = Scorer.Score(ledger, Resident, AsOf, []).Value;
        Assert.Equal(30, score.HonourPoints);
        Assert.Equal(20, score.CappedPoints);
    }

    [Fact]
    public void PointsOlderThan24Months_Expire()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([Draft("old", "security-patrol", new LocalDate(2024, 6, 30)), Draft("new", "security-patrol", new LocalDate(2024, 7, 1))]);
        var score = Scorer.Score(ledger, Resident, AsOf, []).Value;
        Assert.Equal((10L, 10L), (score.HonourPoints, score.ExpiredPoints));
    }

    [Fact]
    public void Veto_CapsTheTier()
    {
        var score = Scorer.Score(At1049(), Resident, AsOf, [RuleId.From("criminal-conviction")]).Value;
        Assert.Equal((CreditTier.AA, CreditTier.C), (score.ScoreTier, score.Tier));
    }

    [Fact]
    public void Household_SumsItsMembers()
    {
        var ledger = At1049();
        ledger.Ingest([EntryDraft.Award(ResidentId.From("R-2"), "x", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1, Now, review: "council minute")]);
        var household = Scorer.ScoreHousehold(ledger, HouseholdId.From("H-1"), [Resident, ResidentId.From("R-2")], AsOf, []).Value;
        Assert.Equal(59, household.HonourPoints);
    }
}
