using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Rules;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>Issue 13: time limits by complexity (simple / ordinary / complex: 1 / 7 / 20 days), chosen at acceptance with a reason, changeable once.</summary>
public class ComplexCasesKeepTheirLimits
{
    private static readonly GovernanceRulebook Rulebook = GovernanceRulebookFile.LoadRuicheng();
    private static readonly Actor Mediator = new(ResidentId.From("M-1"), ActorRole.GridMediator);

    private static Instant Beijing(int month, int day, int hour) => CivilTime.InstantOf(new LocalDateTime(2026, month, day, hour, 0));

    private static DisputeCase Reported(string type = "neighbour") => DisputeCase.Report(
        Rulebook, DisputeCaseId.From("DC-9"), type, UnitId.From("dawang.jinpen.g1"), [new DisputeParty(ResidentId.From("R-1"), null)],
        new Actor(ResidentId.From("W-1"), ActorRole.GridWorker), Beijing(6, 1, 9), "boundary").Value;

    [Fact]
    public void AComplexCase_KeepsTwentyDays_AtTheAcceptingTier()
    {
        var complex = Reported().AcceptAs(Mediator, Beijing(6, 1, 10), CaseComplexity.Complex, "three households and a survey").Value;
        Assert.Equal(CaseComplexity.Complex, complex.Complexity);
        Assert.Equal(Beijing(6, 22, 0), complex.Deadline); // 20 calendar days counted from 2 June
        Assert.Empty(complex.Tick(Beijing(6, 21, 23)).Fired);
        Assert.Contains("accepted as Complex", complex.Audit[^1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TheComplexity_ChangesOnce_WithAReason_AndTheDeadlineFollows()
    {
        var simple = Reported().AcceptAs(Mediator, Beijing(6, 1, 10), CaseComplexity.Simple, "a fence").Value;
        Assert.Equal(Beijing(6, 3, 0), simple.Deadline);
        var ordinary = simple.ChangeComplexity(Mediator, Beijing(6, 2, 9), CaseComplexity.Ordinary, "the neighbours dispute the survey").Value;
        Assert.Equal(Beijing(6, 9, 0), ordinary.Deadline); // 7 days from the acceptance
        Assert.Equal(DisputeTrigger.ChangeComplexity, ordinary.Audit[^1].Trigger);
        Assert.Equal(ComplexityRule.Id, Assert.Single(ordinary.ChangeComplexity(Mediator, Beijing(6, 3, 9), CaseComplexity.Complex, "again").Violations).Code);
        Assert.Equal(ReasonRequiredRule.Id, Assert.Single(simple.ChangeComplexity(Mediator, Beijing(6, 2, 9), CaseComplexity.Ordinary, " ").Violations).Code);
    }

    [Fact]
    public void ATypeWithoutComplexityLimits_CannotBeAcceptedByComplexity() =>
        Assert.Equal(ComplexityRule.Id, Assert.Single(Reported("labour-wages").AcceptAs(new Actor(ResidentId.From("T-1"), ActorRole.TownshipGovernanceCentre), Beijing(6, 1, 10), CaseComplexity.Simple, "x").Violations).Code);
}
