using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 13 (linkage without cross references): governance outcomes feeding civility points existed only as names in
/// a rulebook. Governance raises <see cref="CivicEvent"/>s; Civility ingests them by kind; neither references the other.
/// </summary>
public class CivicEventsLinkThePackages
{
    private static readonly LedgerKey Key = LedgerKey.Create("test", [.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    private static Instant Beijing(int month, int day, int hour) => CivilTime.InstantOf(new LocalDateTime(2026, month, day, hour, 0));

    private static DisputeCase SettledCase()
    {
        var rulebook = GovernanceRulebookFile.LoadRuicheng();
        var mediator = new Actor(ResidentId.From("M-1"), ActorRole.GridMediator);
        var reported = DisputeCase.Report(rulebook, DisputeCaseId.From("DC-2026-0100"), "neighbour", UnitId.From("dawang.jinpen.g1"),
            [new DisputeParty(ResidentId.From("R-1"), HouseholdId.From("H-1"))], new Actor(ResidentId.From("W-1"), ActorRole.GridWorker), Beijing(10, 12, 9), "wall").Value;
        return reported.Accept(mediator, Beijing(10, 12, 10)).Value.RecordAgreement(mediator, Beijing(10, 12, 15), "wall moved 20 cm", false).Value;
    }

    [Fact]
    public void ASettledMediation_AwardsTheMediator_Once()
    {
        var events = SettledCase().CivicEvents;
        var civic = Assert.Single(events);
        Assert.Equal(("governance.mediation.settled", "M-1", "DC-2026-0100:settled:grid"), (civic.Kind.Value, civic.Resident.Value, civic.SourceId));

        var ledger = new PointsLedger(CivilityRulebookFile.LoadRuicheng(), Key);
        var first = ledger.IngestCivicEvents(events, Beijing(10, 13, 9));
        var entry = Assert.Single(first.Appended);
        Assert.Equal((EntryKind.Award, "mediation-volunteer", 5L), (entry.Kind, entry.Rule!.Value.Value, entry.Points));

        var again = ledger.IngestCivicEvents(events, Beijing(10, 14, 9));
        Assert.Empty(again.Appended);
        Assert.Equal([0], again.Duplicates.ToArray());
        Assert.Single(ledger.Entries);
    }

    [Fact]
    public void AnEventOfAKindTheRulebookDoesNotMap_IsRejectedWithItsPosition()
    {
        var ledger = new PointsLedger(CivilityRulebookFile.LoadRuicheng(), Key);
        var report = ledger.IngestCivicEvents(
        [
            CivicEvent.Create(RuleId.From("governance.mediation.settled"), ResidentId.From("M-1"), new LocalDate(2026, 10, 12), "a"),
            CivicEvent.Create(RuleId.From("economy.dividend.paid"), ResidentId.From("R-1"), new LocalDate(2026, 10, 12), "b"),
        ], Beijing(10, 13, 9));
        Assert.Single(report.Appended);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal((CivicEventMustBeMappedRule.Id, "[1]"), (rejected.Code, rejected.Path));
    }

    [Fact]
    public void AnAppealUpheld_ReversesTheEntry_AndAnIncidentConfirmed_CreditsTheReporter_EndToEnd()
    {
        var governance = GovernanceRulebookFile.LoadRuicheng();
        var ledger = new PointsLedger(CivilityRulebookFile.LoadRuicheng(), Key);
        var resident = ResidentId.From("R-1");
        var deduction = Assert.Single(ledger.Ingest(
            [EntryDraft.Deduction(resident, "council-2026-31", RuleId.From("straw-burning"), new LocalDate(2026, 10, 2), 1, Beijing(10, 3, 9), review: "council minute")]).Appended);

        var council = new Actor(ResidentId.From("C-1"), ActorRole.MoralEvaluationCouncil);
        var upheld = DisputeCase.ReportPointsAppeal(governance, DisputeCaseId.From("AP-1"), "points-appeal", UnitId.From("dawang.jinpen.g1"),
                new DisputeParty(resident, HouseholdId.From("H-1")), deduction.Id.Value, Beijing(10, 12, 9), "not my field")
            .Bind(c => c.Accept(council, Beijing(10, 12, 10)))
            .Bind(c => c.UpholdAppeal(council, Beijing(10, 14, 15), "the fire was in the neighbour's field"))
            .Value;
        var report = ledger.IngestCivicEvents(upheld.CivicEvents, Beijing(10, 14, 16));
        var reversal = Assert.Single(report.Appended);
        Assert.Equal((EntryKind.Reversal, deduction.Id, 5L), (reversal.Kind, reversal.Reverses!.Value, reversal.Points));
        Assert.Equal(0, ledger.Balance(resident));
        Assert.Empty(ledger.IngestCivicEvents(upheld.CivicEvents, Beijing(10, 15, 9)).Appended);

        var posts = Ruicheng.Governance.Posts.PostRegister.Create(
            [new Ruicheng.Governance.Posts.PostAssignment(ResidentId.From("RIDER-1"), Ruicheng.Governance.Posts.PostId.From("dispute-informant"), new LocalDate(2026, 1, 1), null)],
            governance.Posts).Value;
        var incident = new Ruicheng.Governance.Posts.IncidentReport(ResidentId.From("RIDER-1"), Ruicheng.Governance.Posts.PostId.From("dispute-informant"),
            null, UnitId.From("dawang.jinpen.g1"), Ruicheng.Governance.Linkage.IssueCategory.From("dispute"), Beijing(10, 20, 9));
        var accepted = DisputeCase.ReportIncident(governance, Ruicheng.Governance.Hierarchy.RuichengHierarchy.Load(), posts, DisputeCaseId.From("DC-I-1"), incident,
                "neighbour", [new DisputeParty(resident, HouseholdId.From("H-1"))], "drain")
            .Bind(c => c.Accept(new Actor(ResidentId.From("M-1"), ActorRole.GridMediator), Beijing(10, 20, 10)))
            .Value;
        var credited = Assert.Single(ledger.IngestCivicEvents(accepted.CivicEvents, Beijing(10, 20, 11)).Appended);
        Assert.Equal(("RIDER-1", "incident-report", 2L), (credited.Resident.Value, credited.Rule!.Value.Value, credited.Points));
    }

    [Property(MaxTest = 100)]
    public Property AnyEventIngestedTwice_GivesOneEntry() =>
        Prop.ForAll(Gen.Choose(0, 40).SelectMany(n => Gen.Choose(0, 9).ArrayOf(n)).ToArbitrary(), picks =>
        {
            var events = picks.Select(p => CivicEvent.Create(
                RuleId.From(p % 2 == 0 ? "governance.mediation.settled" : "governance.petition.disruptive"),
                ResidentId.From($"R-{p % 3}"), new LocalDate(2026, 10, 1 + p), $"source-{p}")).ToList();
            var ledger = new PointsLedger(CivilityRulebookFile.LoadRuicheng(), Key);
            ledger.IngestCivicEvents(events, Beijing(11, 1, 9));
            ledger.IngestCivicEvents(events.AsEnumerable().Reverse(), Beijing(11, 2, 9));
            return ledger.Entries.Count == picks.Distinct().Count();
        });
}
