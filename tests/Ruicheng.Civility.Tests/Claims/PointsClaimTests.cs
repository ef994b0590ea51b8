using NodaTime;
using Ruicheng.Civility.Claims;
using Ruicheng.Civility.Claims.Rules;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Specifications;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Claims;

public class PointsClaimTests
{
    private static readonly ResidentId Resident = ResidentId.From("R-1");
    private static readonly HouseholdId Household = HouseholdId.From("H-1");
    private static readonly CivilityActor GridWorker = new(ResidentId.From("W-1"), CivilityRole.GridWorker, HouseholdId.From("H-9"));
    private static readonly CivilityActor Council = new(ResidentId.From("C-1"), CivilityRole.CouncilMember, HouseholdId.From("H-8"));
    private static readonly Instant Monday = Instant.FromUtc(2026, 6, 1, 1, 0);

    private static PointsClaim Declared(string rule = "volunteer-labour") =>
        PointsClaim.Declare(CivilityArbitraries.Rulebook, "claim-1", Resident, Household, RuleId.From(rule), new LocalDate(2026, 5, 30), 1, GridWorker, Monday).Value;

    [Fact]
    public void Published_ThenNoObjection_ConfirmsAfterSevenDays_AndEntersTheLedger()
    {
        var published = Declared().Publish(GridWorker, Monday).Value;
        Assert.Equal(NoticePeriodMustHaveEndedRule.Id, published.Finalize(GridWorker, Monday + Duration.FromDays(6)).FirstViolation?.Code);
        var confirmed = published.Finalize(GridWorker, Monday + Duration.FromDays(7)).Value;
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        Assert.Equal(5, Assert.Single(ledger.Ingest([confirmed.ToDraft()]).Appended).Points);
    }

    [Fact]
    public void Objection_IsReviewedOnlyByACouncilMemberOutsideTheHousehold()
    {
        var objected = Declared().Publish(GridWorker, Monday).Value.Object(GridWorker, Monday + Duration.FromDays(2), "did not attend").Value;
        Assert.Single(new EntriesAwaitingReviewSpec().Evaluate([objected]));
        Assert.Equal(ReviewerMustBeCouncilMemberRule.Id, objected.Review(GridWorker, Monday + Duration.FromDays(3), true, "x").FirstViolation?.Code);
        var relative = Council with { Household = Household };
        Assert.Equal(NoConflictOfInterestRule.Id, objected.Review(relative, Monday + Duration.FromDays(3), true, "x").FirstViolation?.Code);
        var rejected = objected.Review(Council, Monday + Duration.FromDays(3), false, "not attested").Value;
        Assert.Equal(ClaimState.Rejected, rejected.State);
        Assert.Throws<InvalidOperationException>(() => rejected.ToDraft());
    }

    [Fact]
    public void Declare_ByAnotherResident_IsRefused() =>
        Assert.Equal(DeclarerMustBeEntitledRule.Id, PointsClaim.Declare(CivilityArbitraries.Rulebook, "c", Resident, Household, RuleId.From("volunteer-labour"),
            new LocalDate(2026, 5, 30), 1, new CivilityActor(ResidentId.From("R-2"), CivilityRole.Resident), Monday).FirstViolation?.Code);

    [Fact]
    public void RuleWithoutReview_IsConfirmedOnDeclaration() =>
        Assert.Equal(ClaimState.Confirmed, Declared("security-patrol").State);
}
