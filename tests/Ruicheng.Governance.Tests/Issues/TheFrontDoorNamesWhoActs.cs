using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Disputes.Rules;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 17: who may accept a case was <c>Ladder.Tiers[EntryTier].Handler</c>; <c>Report</c> took ten arguments, two
/// only for petitions; events were <c>object</c>.
/// </summary>
public class TheFrontDoorNamesWhoActs
{
    [Fact]
    public void HandlerFor_NamesTheBodyForEachCommand()
    {
        var reported = Reported("labour-wages");
        Assert.Equal(ActorRole.TownshipGovernanceCentre, reported.HandlerFor(DisputeTrigger.Accept));
        Assert.Null(reported.HandlerFor(DisputeTrigger.RecordAgreement));
        Assert.Null(reported.HandlerFor(DisputeTrigger.Withdraw));

        var atGrid = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        Assert.Equal(ActorRole.GridMediator, atGrid.HandlerFor(DisputeTrigger.RecordAgreement));
        Assert.Equal(ActorRole.GridMediator, atGrid.HandlerFor(DisputeTrigger.Escalate));
        Assert.Null(atGrid.HandlerFor(DisputeTrigger.DeadlineEscalation));
    }

    [Fact]
    public void APetitionIsReportedAsAPetition_AndOnlyAPetition()
    {
        var asPlain = DisputeCase.Report(Rulebook, DisputeCaseId.From("XF-1"), "petition", Village, [PartyA], AsPartyA, At(5, 1), "land");
        Assert.Equal(PetitionsAreReportedAsPetitionsRule.Id, Assert.Single(asPlain.Violations).Code);
        var asPetition = DisputeCase.ReportPetition(Rulebook, DisputeCaseId.From("DC-1"), "neighbour", Village, [PartyA], AsPartyA, At(5, 1), "wall", null, []);
        Assert.Equal(PetitionsAreReportedAsPetitionsRule.Id, Assert.Single(asPetition.Violations).Code);
        Assert.True(DisputeCase.ReportPetition(Rulebook, DisputeCaseId.From("XF-1"), "petition", Village, [PartyA], AsPartyA, At(5, 1), "land", "claim-1", []).IsSuccess);
    }

    [Fact]
    public void EventsAreTyped_WithTheirCaseAndInstant()
    {
        var settled = Reported().Accept(GridMediator, At(9, 24, 10)).Value.RecordAgreement(GridMediator, At(9, 24, 11), "wall moved", false).Value;
        IDisputeEvent raised = Assert.Single(settled.Events);
        Assert.Equal((DisputeCaseId.From("DC-1"), At(9, 24, 11)), (raised.Case, raised.At));
    }
}
