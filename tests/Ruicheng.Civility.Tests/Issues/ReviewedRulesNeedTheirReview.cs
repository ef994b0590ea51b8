using NodaTime;
using Ruicheng.Civility.Claims;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 17: an award under a rule that requires review entered the ledger with no claim. A draft under such a rule
/// now names the review that confirmed it; a confirmed claim names itself.
/// </summary>
public class ReviewedRulesNeedTheirReview
{
    private static readonly ResidentId Resident = ResidentId.From("R-1");
    private static readonly Instant Monday = Instant.FromUtc(2026, 6, 1, 1, 0);

    [Fact]
    public void AnHonourWithoutAReview_IsRejected_AndWithOne_IsAppended()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        var honour = RuleId.From("honour-county");
        var report = ledger.Ingest(
        [
            EntryDraft.Award(Resident, "county-2026-05", honour, new LocalDate(2026, 5, 20), 1, Monday),
            EntryDraft.Award(Resident, "county-2026-05b", honour, new LocalDate(2026, 5, 20), 1, Monday, review: "county notice 2026-17"),
            EntryDraft.Award(Resident, "patrol-1", RuleId.From("security-patrol"), new LocalDate(2026, 5, 21), 1, Monday),
        ]);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((EntryMustBeReviewedRule.Id, "[0]"), (rejected.Code, rejected.Path));
        Assert.Equal(["county-2026-05b", "patrol-1"], report.Appended.Select(e => e.SourceEventId));
    }

    [Fact]
    public void AConfirmedClaim_EntersUnderItsOwnReview()
    {
        var gridWorker = new CivilityActor(ResidentId.From("W-1"), CivilityRole.GridWorker);
        var claim = PointsClaim.Declare(CivilityArbitraries.Rulebook, "claim-7", Resident, null, RuleId.From("honour-county"), new LocalDate(2026, 5, 20), 1, gridWorker, Monday)
            .Bind(c => c.Publish(gridWorker, Monday))
            .Bind(c => c.Finalize(gridWorker, Monday + Duration.FromDays(CivilityArbitraries.Rulebook.NoticeDays)))
            .Value;
        var draft = claim.ToDraft();
        Assert.Equal("claim-7", draft.Review);
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        Assert.Single(ledger.Ingest([draft]).Appended);
    }

    [Fact]
    public void TheFactories_RefuseProgrammingErrors()
    {
        Assert.Throws<ArgumentException>(() => EntryDraft.Award(default, "x", RuleId.From("r"), new LocalDate(2026, 1, 1), 1, Monday));
        Assert.Throws<ArgumentException>(() => EntryDraft.Award(Resident, " ", RuleId.From("r"), new LocalDate(2026, 1, 1), 1, Monday));
        Assert.Throws<ArgumentException>(() => EntryDraft.Award(Resident, "x", default, new LocalDate(2026, 1, 1), 1, Monday));
        Assert.Throws<ArgumentException>(() => EntryDraft.Award(Resident, "x", RuleId.From("r"), new LocalDate(2026, 1, 1), 1, Monday, review: ""));
        Assert.Throws<ArgumentNullException>(() => EntryDraft.Reversal(Resident, "x", EntryId.From("E-1"), new LocalDate(2026, 1, 1), Monday, null!));
        Assert.Throws<ArgumentException>(() => EntryDraft.Reversal(Resident, "x", default, new LocalDate(2026, 1, 1), Monday, new CivilityActor(ResidentId.From("K"), CivilityRole.Cadre)));
    }
}
