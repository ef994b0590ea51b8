using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Rules;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 13: petition stages kept review and re-review extensions the regulations do not give, and the petitioner's
/// 30-day window to ask for a review was not modelled; statutory limits were stored, not computed.
/// </summary>
public class PetitionLimitsAreStatutory
{
    private static readonly GovernanceRulebook Rulebook = GovernanceRulebookFile.LoadRuicheng();
    private static readonly Actor Office = new(ResidentId.From("O-1"), ActorRole.PetitionOffice);
    private static readonly Actor Reviewer = new(ResidentId.From("V-1"), ActorRole.PetitionReviewBody);
    private static readonly Actor Petitioner = new(ResidentId.From("R-1"), ActorRole.Party);

    private static Instant Beijing(int month, int day, int hour) => CivilTime.InstantOf(new LocalDateTime(2026, month, day, hour, 0));

    private static DisputeCase Accepted() =>
        DisputeCase.ReportPetition(Rulebook, DisputeCaseId.From("XF-1"), "petition", UnitId.From("dawang.jinpen.g1"), [new DisputeParty(ResidentId.From("R-1"), null)],
            new Actor(ResidentId.From("R-1"), ActorRole.Party), Beijing(3, 2, 9), "land claim", "claim-1", []).Value
        .Accept(Office, Beijing(3, 3, 9)).Value;

    [Fact]
    public void Handling_IsSixtyDaysComputed_AndExtendsOnceByThirty()
    {
        var accepted = Accepted();
        Assert.Equal(Beijing(5, 3, 0), accepted.Deadline); // 3 March 09:00 + 60 calendar days counted from 4 March
        var extended = accepted.GrantExtension(Office, Beijing(4, 20, 9), "complex facts").Value;
        Assert.Equal(Beijing(6, 2, 0), extended.Deadline);
        Assert.False(extended.CanGrantExtension(Office, Beijing(4, 21, 9), out var reasons));
        Assert.Equal(ExtensionsMustNotExceedAllowanceRule.Id, Assert.Single(reasons).Code);
    }

    [Fact]
    public void Review_HasNoExtension()
    {
        var inReview = Accepted().RecordFailure(Office, Beijing(4, 1, 9), "handling opinion issued").Value
            .Escalate(Petitioner, Beijing(4, 10, 9), "asks for review").Value;
        Assert.Equal("review", inReview.TierId);
        Assert.False(inReview.CanGrantExtension(Reviewer, Beijing(4, 11, 9), out var reasons));
        Assert.Equal(ExtensionsMustNotExceedAllowanceRule.Id, Assert.Single(reasons).Code);
    }

    [Fact]
    public void AReviewRequest_AfterThirtyDaysOfTheOpinion_IsRefused_WithTheWindowsEnd()
    {
        var opinion = Accepted().RecordFailure(Office, Beijing(4, 1, 9), "handling opinion issued").Value;
        Assert.True(opinion.Escalate(Petitioner, Beijing(5, 1, 23), "asks for review").IsSuccess);
        var late = opinion.Escalate(Petitioner, Beijing(5, 2, 0), "asks for review");
        var violation = Assert.Single(late.Violations);
        Assert.Equal(RequestMustBeWithinWindowRule.Id, violation.Code);
        Assert.Contains("2026-05-02 00:00", violation.Message, StringComparison.Ordinal);
    }
}
