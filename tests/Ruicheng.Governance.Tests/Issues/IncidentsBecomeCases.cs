using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Posts;
using Ruicheng.Governance.Posts.Rules;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 13 (incidents become cases): a rider's or grid worker's incident report could be routed to its grid but not
/// open a case, and nothing checked that the reporter held the post the report was made under.
/// </summary>
public class IncidentsBecomeCases
{
    private static readonly GovernanceHierarchy Ruicheng = RuichengHierarchy.Load();
    private static readonly ResidentId Rider = ResidentId.From("RIDER-7");
    private static readonly PostId Informant = PostId.From("dispute-informant");

    private static PostRegister Register() => PostRegister.Create(
        [
            new PostAssignment(Rider, Informant, new LocalDate(2026, 3, 1), null),
            new PostAssignment(ResidentId.From("W-9"), PostRegister.GridWorkerPost, new LocalDate(2025, 1, 1), new LocalDate(2026, 6, 30)),
        ],
        Rulebook.Posts).Value;

    private static IncidentReport Incident(ResidentId reporter, PostId post, Instant at, string household = "H-140830106200-201") =>
        new(reporter, post, HouseholdId.From(household), null, IssueCategory.From("dispute"), at);

    [Fact]
    public void ARidersReport_OpensACase_AtTheHouseholdsGrid_InOneCall()
    {
        var opened = DisputeCase.ReportIncident(Rulebook, Ruicheng, Register(), DisputeCaseId.From("DC-I-1"), Incident(Rider, Informant, At(10, 12, 9)),
            "neighbour", [PartyA, PartyB], "quarrel over a drain");
        var c = opened.Value;
        Assert.Equal(UnitId.From("dawang.jinpen.g2"), c.Unit);
        Assert.Equal((Rider, ActorRole.PostHolder), (c.Reporter.Id, c.Reporter.Role));
        Assert.Equal(At(10, 12, 9), c.ReportedAt);
        Assert.Equal(DisputeState.Reported, c.State);
        Assert.Empty(c.CivicEvents);

        var accepted = c.Accept(GridMediator, At(10, 12, 10)).Value;
        var confirmed = Assert.Single(accepted.Events.OfType<IncidentReportConfirmed>());
        Assert.Equal((Rider, Informant), (confirmed.Reporter, confirmed.Post));
        var civic = Assert.Single(accepted.CivicEvents);
        Assert.Equal(("governance.incident.confirmed", "RIDER-7", "DC-I-1:incident-confirmed", new LocalDate(2026, 10, 12)), (civic.Kind.Value, civic.Resident.Value, civic.SourceId, civic.OccurredOn));
    }

    [Fact]
    public void AGridWorkersReport_IsMadeAsGridWorker_WhileTheTermRuns()
    {
        var worker = ResidentId.From("W-9");
        var inTerm = DisputeCase.ReportIncident(Rulebook, Ruicheng, Register(), DisputeCaseId.From("DC-I-2"), Incident(worker, PostRegister.GridWorkerPost, At(6, 30, 20)),
            "neighbour", [PartyA], "noise");
        Assert.Equal(ActorRole.GridWorker, inTerm.Value.Reporter.Role);

        // The term ended on 30 June (included); 1 July in Beijing is outside it.
        var after = DisputeCase.ReportIncident(Rulebook, Ruicheng, Register(), DisputeCaseId.From("DC-I-3"), Incident(worker, PostRegister.GridWorkerPost, At(7, 1, 8)),
            "neighbour", [PartyA], "noise");
        var violation = Assert.Single(after.Violations);
        Assert.Equal(PostMustBeHeldRule.Id, violation.Code);
        Assert.Contains(violation.Figures, f => f.Name == "date" && f.Value == "2026-07-01");
    }

    [Fact]
    public void AReportUnderAPostNotHeld_AndUnroutable_GivesEveryViolation()
    {
        var report = new IncidentReport(ResidentId.From("STRANGER"), Informant, null, UnitId.From("dawang.jinpen"), IssueCategory.From("dispute"), At(10, 12, 9));
        var opened = DisputeCase.ReportIncident(Rulebook, Ruicheng, Register(), DisputeCaseId.From("DC-I-4"), report, "no-such-type", [PartyA], "x");
        Assert.Equal([PostMustBeHeldRule.Id, IncidentRouting.UnroutableCode], opened.Violations.Select(v => v.Code));
    }

    [Fact]
    public void APostRegister_ReportsEveryBrokenTerm_WithItsPath()
    {
        var created = PostRegister.Create(
            [
                new PostAssignment(Rider, Informant, new LocalDate(2026, 1, 1), null),
                new PostAssignment(Rider, PostId.From("astronaut"), new LocalDate(2026, 1, 1), null),
                new PostAssignment(Rider, Informant, new LocalDate(2026, 5, 1), new LocalDate(2026, 4, 1)),
                null,
                new PostAssignment(Rider, Informant, new LocalDate(2026, 8, 1), new LocalDate(2026, 9, 1)),
            ],
            Rulebook.Posts);
        Assert.Equal(["[1].post", "[2].to", "[3]", "[4]"], created.Violations.Select(v => v.Path));
        Assert.All(created.Violations, v => Assert.Equal(PostAssignmentMustBeValidRule.Id, v.Code));
    }

    [Fact]
    public void TermEnds_AreIncluded_AndAdjacentTermsDoNotOverlap()
    {
        var register = PostRegister.Create(
            [
                new PostAssignment(Rider, Informant, new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)),
                new PostAssignment(Rider, Informant, new LocalDate(2026, 4, 1), null),
            ],
            Rulebook.Posts).Value;
        Assert.True(register.Holds(Rider, Informant, new LocalDate(2026, 1, 1)));
        Assert.True(register.Holds(Rider, Informant, new LocalDate(2026, 3, 31)));
        Assert.True(register.Holds(Rider, Informant, new LocalDate(2030, 1, 1)));
        Assert.False(register.Holds(Rider, Informant, new LocalDate(2025, 12, 31)));
        Assert.False(register.Holds(Rider, PostId.From("food-safety-monitor"), new LocalDate(2026, 5, 1)));
    }
}
