using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Disputes.Rules;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 13 (points appeals, 积分争议): a resident could not appeal a confirmed ledger entry; the appeal is a case whose
/// ladder is data (village moral evaluation council, then the township) and whose outcome goes back as a civic event.
/// </summary>
public class PointsAppealsFollowTheirLadder
{
    private static readonly Actor Council = new(ResidentId.From("C-1"), ActorRole.MoralEvaluationCouncil, HouseholdId.From("H-C1"));

    private static DisputeCase Appeal() =>
        DisputeCase.ReportPointsAppeal(Rulebook, DisputeCaseId.From("AP-1"), "points-appeal", Village, PartyA, "E-000042", At(10, 12, 9), "the straw was not mine").Value;

    [Fact]
    public void TheBuiltInAppealLadder_IsTheCouncilThenTheTownship()
    {
        var type = Rulebook.FindCaseType("points-appeal")!;
        Assert.True(type.AppealsPointsEntry);
        Assert.Equal([("council", ActorRole.MoralEvaluationCouncil), ("township", ActorRole.TownshipGovernanceCentre)], type.Ladder.Tiers.Select(t => (t.Id, t.Handler)));
    }

    [Fact]
    public void DismissedByTheCouncil_UpheldByTheTownship_WithACorrectedQuantity()
    {
        // Accepted Monday 12 October; 5 working days are 13–16 and 19 October, ending 19 October 24:00.
        var atCouncil = Appeal().Accept(Council, At(10, 12, 10)).Value;
        Assert.Equal("E-000042", atCouncil.AppealedEntry);
        Assert.Equal(("council", At(10, 20)), (atCouncil.TierId, atCouncil.Deadline));

        var dismissed = atCouncil.DismissAppeal(Council, At(10, 14, 16), "the patrol log shows the fire in the appellant's field").Value;
        Assert.Equal(DisputeState.MediationFailed, dismissed.State);
        Assert.Empty(dismissed.CivicEvents);

        var atTownship = dismissed.Escalate(AsPartyA, At(10, 20, 9), "asks the township").Value;
        Assert.Equal("township", atTownship.TierId);
        var upheld = atTownship.UpholdAppeal(TownshipCentre, At(10, 23, 11), "two fires, not three", correctedQuantity: 2m).Value;
        Assert.Equal(DisputeState.Settled, upheld.State);
        var decided = Assert.Single(upheld.Events.OfType<PointsAppealUpheld>());
        Assert.Equal((ResidentId.From("R-A"), "E-000042", (decimal?)2m, "township"), (decided.Appellant, decided.Entry, decided.CorrectedQuantity, decided.Tier));

        var civic = Assert.Single(upheld.CivicEvents);
        Assert.Equal(("governance.points-appeal.upheld", "R-A", "AP-1:appeal-upheld"), (civic.Kind.Value, civic.Resident.Value, civic.SourceId));
        Assert.Equal(
            [("entry", "E-000042"), ("case", "AP-1"), ("tier", "township"), ("decidedBy", "M-township"), ("quantity", "2")],
            civic.Figures.Select(f => (f.Name, f.Value)));
    }

    [Fact]
    public void AskingTheTownship_AfterTheWindow_IsRefused()
    {
        var dismissed = Appeal().Accept(Council, At(10, 12, 10)).Value.DismissAppeal(Council, At(10, 14, 16), "no grounds").Value;

        // 10 working days after 14 October 16:00: 15–16, 19–23, 26–28 October; the window ends 28 October 24:00.
        Assert.True(dismissed.Escalate(AsPartyA, At(10, 28, 23), "late but in time").IsSuccess);
        Assert.Equal(RequestMustBeWithinWindowRule.Id, dismissed.Escalate(AsPartyA, At(10, 29, 0), "too late").FirstViolation!.Code);
    }

    [Fact]
    public void AnAppealWithoutItsEntry_OrAnEntryOnAnotherCaseType_IsRefused()
    {
        var plain = DisputeCase.Report(Rulebook, DisputeCaseId.From("AP-2"), "points-appeal", Village, [PartyA], AsPartyA, At(10, 12, 9), "x");
        Assert.Equal(PointsAppealRule.Id, Assert.Single(plain.Violations).Code);

        var wrongType = DisputeCase.ReportPointsAppeal(Rulebook, DisputeCaseId.From("AP-3"), "neighbour", Village, PartyA, "E-1", At(10, 12, 9), "x");
        Assert.Equal(PointsAppealRule.Id, Assert.Single(wrongType.Violations).Code);

        var blank = DisputeCase.ReportPointsAppeal(Rulebook, DisputeCaseId.From("AP-4"), "points-appeal", Village, PartyA, " ", At(10, 12, 9), "x");
        Assert.Equal(PointsAppealRule.Id, Assert.Single(blank.Violations).Code);
    }

    [Fact]
    public void AnAppealIsDecided_NotMediated_AndOtherCasesAreNotDecidedAsAppeals()
    {
        var atCouncil = Appeal().Accept(Council, At(10, 12, 10)).Value;
        Assert.Equal(PointsAppealRule.Id, atCouncil.RecordAgreement(Council, At(10, 13), "x", false).FirstViolation!.Code);
        Assert.Equal(PointsAppealRule.Id, atCouncil.UpholdAppeal(Council, At(10, 13), "x", 0m).FirstViolation!.Code);
        Assert.Equal(OnlyTierHandlerMayActRule.Id, atCouncil.UpholdAppeal(VillageCommittee, At(10, 13), "x").FirstViolation!.Code);
        Assert.Equal(ReasonRequiredRule.Id, atCouncil.DismissAppeal(Council, At(10, 13), " ").FirstViolation!.Code);

        var neighbour = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        Assert.Equal(PointsAppealRule.Id, neighbour.UpholdAppeal(GridMediator, At(9, 24, 11), "x").FirstViolation!.Code);
    }

    [Fact]
    public void ACouncilMemberFromTheAppellantsHousehold_StepsAside()
    {
        var related = new Actor(ResidentId.From("C-2"), ActorRole.MoralEvaluationCouncil, HouseholdA);
        var atCouncil = Appeal().Accept(Council, At(10, 12, 10)).Value;
        Assert.Equal(MediatorMustStepAsideRule.Id, atCouncil.UpholdAppeal(related, At(10, 13), "x").FirstViolation!.Code);
    }
}
