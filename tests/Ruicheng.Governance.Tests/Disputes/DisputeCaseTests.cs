using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Disputes.Rules;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Disputes;

public partial class DisputeCaseTests
{
    [Fact]
    public void Walk_GridToCourt_OnTheOneTwoTwoTwoLadder_AcrossMidAutumnAndNationalDay()
    {
        // Accepted on Thursday 24 Sep 2026 at 10:00. The grid's 1 working day skips the Mid-Autumn holiday (25–27 Sep).
        var accepted = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        Assert.Equal(At(9, 29), accepted.Deadline);

        // Nobody acts; ticks escalate at each deadline: village 29–30 Sep; township skips National Day (1–7 Oct) to 8–9 Oct;
        // county counts the adjusted working Saturday 10 Oct and Monday 12 Oct.
        var ticked = accepted.Tick(At(10, 20, 9));
        Assert.Equal(
            [("grid", At(9, 29), "village"), ("village", At(10, 1), "township"), ("township", At(10, 10), "county"), ("county", At(10, 13), (string?)null)],
            ticked.Fired.Select(f => (f.Tier, f.Deadline, f.ToTier)));
        var atCounty = ticked.Case;
        Assert.Equal("county", atCounty.TierId);
        Assert.Equal(DisputeState.InMediation, atCounty.State);

        // The last tier before litigation has passed its deadline: a party refers the case to court.
        var referred = atCounty.ReferToCourt(AsPartyA, At(10, 20, 10), "county mediation failed").Value;
        Assert.Equal(DisputeState.ReferredToCourt, referred.State);
        Assert.Equal("court", referred.TierId);
        Assert.Equal(
            [DisputeTrigger.Accept, DisputeTrigger.DeadlineEscalation, DisputeTrigger.DeadlineEscalation, DisputeTrigger.DeadlineEscalation, DisputeTrigger.Overdue, DisputeTrigger.ReferToCourt],
            referred.Audit.Select(a => a.Trigger));
        Assert.All(referred.Audit, a => Assert.Equal("ruicheng.governance@1.0", a.Rulebook.ToString()));
        Assert.Equal(DisputeState.Closed, referred.Close(Court, At(11, 2), DisputeClosure.Resolved, "judgment").Value.State);
    }

    [Fact]
    public void ReferToCourt_BeforeAdministrativeStage_IsRefused()
    {
        var atGrid = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        Assert.False(atGrid.CanReferToCourt(AsPartyA, At(9, 24, 11), out var reasons));
        Assert.Equal(AdministrativeStageBeforeLitigationRule.Id, Assert.Single(reasons).Code);
    }

    [Fact]
    public void LabourWages_EntersAtTownship_AndMayGoToCourtFromThere()
    {
        var accepted = Reported("labour-wages").Accept(TownshipCentre, At(9, 24, 10)).Value;
        Assert.Equal("township", accepted.TierId);
        Assert.True(accepted.CanReferToCourt(AsPartyA, At(9, 24, 11), out var reasons));
        Assert.Empty(reasons);
    }

    [Fact]
    public void OnlyTheTierHandler_RecordsAgreement()
    {
        var atGrid = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        Assert.Equal(OnlyTierHandlerMayActRule.Id, atGrid.RecordAgreement(VillageCommittee, At(9, 24, 11), "x", false).FirstViolation?.Code);
        var settled = atGrid.RecordAgreement(GridMediator, At(9, 24, 11), "wall moved 20 cm", seekCourtConfirmation: true).Value;
        Assert.Equal(DisputeState.Settled, settled.State);
        Assert.Equal(At(10, 25), settled.Agreement!.ConfirmationDeadline);
        Assert.IsType<MediationSettled>(Assert.Single(settled.Events));
    }

    [Fact]
    public void Mediator_InAPartysHousehold_MustStepAside()
    {
        var relative = new Actor(ResidentId.From("R-A2"), ActorRole.GridMediator, HouseholdA);
        var result = Reported().Accept(relative, At(9, 24, 10));
        Assert.Equal(MediatorMustStepAsideRule.Id, result.FirstViolation?.Code);
    }

    [Fact]
    public void OnlyAParty_Withdraws()
    {
        var accepted = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        Assert.Equal(OnlyPartyMayActRule.Id, accepted.Withdraw(GridMediator, At(9, 24, 11), "no").FirstViolation?.Code);
        Assert.Equal(DisputeState.Withdrawn, accepted.Withdraw(AsPartyA, At(9, 24, 11), "settled privately").Value.State);
    }

    [Fact]
    public void Extension_BeyondAllowance_IsRefused()
    {
        var accepted = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        var extended = accepted.GrantExtension(GridMediator, At(9, 24, 11), "party travelling").Value;
        Assert.Equal(At(9, 30), extended.Deadline);
        Assert.Equal(ExtensionsMustNotExceedAllowanceRule.Id, extended.GrantExtension(GridMediator, At(9, 24, 12), "again").FirstViolation?.Code);
    }

    [Fact]
    public void InvalidTransition_IsARefusalNotANoOp()
    {
        var declined = Reported().Decline(GridMediator, At(9, 24, 10), "not a civil dispute").Value;
        Assert.Equal(TransitionMustBeDefinedRule.Id, declined.Accept(GridMediator, At(9, 24, 11)).FirstViolation?.Code);
        Assert.Equal(ReasonRequiredRule.Id, Reported().Decline(GridMediator, At(9, 24, 10), " ").FirstViolation?.Code);
    }

    [Fact]
    public void Report_ByTheCourt_IsRefused() =>
        Assert.Equal(
            ReporterMustBeEntitledRule.Id,
            DisputeCase.Report(Rulebook, DisputeCaseId.From("x"), "neighbour", Village, [PartyA], Court, At(7, 1), "s").FirstViolation?.Code);

    [Fact]
    public void Report_UnknownCaseType_IsRefused() =>
        Assert.Equal(
            CaseTypeMustBeKnownRule.Id,
            DisputeCase.Report(Rulebook, DisputeCaseId.From("x"), "water-rights", Village, [PartyA], GridWorker, At(7, 1), "s").FirstViolation?.Code);

    [Fact]
    public void Petition_AfterReReview_SameClaimIsNotAcceptedAgain_AndDisruptiveClosureRaisesEvent()
    {
        var petition = Reported("petition", At(3, 2, 9), claim: "land-compensation-17");
        var handled = petition.Accept(PetitionOffice, At(3, 10)).Value;
        // Accepted at midnight on 10 Mar, so 10 Mar is day 1 of 60 and 8 May day 60.
        Assert.Equal(At(5, 9), handled.Deadline);
        var failed = handled.RecordFailure(PetitionOffice, At(4, 1), "claim not supported").Value
            .Escalate(AsPartyA, At(4, 2), "asks for review").Value
            .RecordFailure(ReviewBody, At(4, 20), "upheld").Value
            .Escalate(AsPartyA, At(4, 21), "asks for re-review").Value
            .RecordFailure(ReviewBody, At(5, 10), "upheld").Value;
        Assert.Equal("re-review", failed.TierId);

        var again = DisputeCase.ReportPetition(Rulebook, DisputeCaseId.From("DC-2"), "petition", Village, [PartyA], AsPartyA, At(6, 1), "same", "land-compensation-17", [failed]);
        Assert.Equal(SameClaimNotAcceptedAfterReReviewRule.Id, again.FirstViolation?.Code);

        var closed = failed.Close(ReviewBody, At(6, 2), DisputeClosure.DisruptiveRepeatPetitioning, "repeated visits disrupting the office").Value;
        var recorded = Assert.IsType<DisruptivePetitioningRecorded>(Assert.Single(closed.Events));
        Assert.Equal("governance.petition.disruptive", DisruptivePetitioningRecorded.Code.Value);
        Assert.Equal([PartyA.Resident, PartyB.Resident], recorded.Parties);
    }

    [Fact]
    public void DisruptiveClosure_OfANonPetition_IsRefused()
    {
        var failed = Reported().Accept(GridMediator, At(9, 24, 10)).Value.RecordFailure(GridMediator, At(9, 24, 11), "no").Value;
        Assert.Equal(DisruptiveClosureOnlyForPetitionsRule.Id, failed.Close(GridMediator, At(9, 24, 12), DisputeClosure.DisruptiveRepeatPetitioning, "x").FirstViolation?.Code);
    }

    [Fact]
    public void Figures_ShareSettledInVillage()
    {
        var settledAtGrid = Reported().Accept(GridMediator, At(9, 24, 10)).Value.RecordAgreement(GridMediator, At(9, 24, 16), "ok", false).Value;
        var settledAtTownship = Reported("labour-wages").Accept(TownshipCentre, At(9, 24, 10)).Value.RecordAgreement(TownshipCentre, At(9, 28, 10), "paid", false).Value;
        var open = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        var figures = DisputeFigures.Compute([settledAtGrid, settledAtTownship, open], null, At(10, 20));
        Assert.Equal(2, figures.Settled);
        Assert.Equal(1, figures.SettledAtVillageOrBelow);
        Assert.Equal(Rate.FromPercent(50), figures.ShareSettledAtVillageOrBelow);
        Assert.Equal(NodaTime.Duration.FromHours(7), figures.MedianTimeToSettlementByTier["grid"]);
        Assert.Single(figures.Overdue);
    }
}
