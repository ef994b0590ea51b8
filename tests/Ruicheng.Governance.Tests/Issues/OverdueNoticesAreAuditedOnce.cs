using NodaTime;
using Ruicheng.Governance.Disputes;
using static Ruicheng.Governance.Tests.Disputes.DisputeFixtures;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issues 12 and 13: acceptance and last-tier "overdue" notices were not in the audit, so a replay raised them again,
/// and nothing said which deadline had passed.
/// </summary>
public class OverdueNoticesAreAuditedOnce
{
    [Fact]
    public void AnAcceptanceDeadline_IsNotedOnce_WithItsExplanation()
    {
        var reported = Reported(at: At(9, 24, 10));
        var ticked = reported.Tick(At(11, 1));
        var note = Assert.Single(ticked.Case.Audit, a => a.Trigger == DisputeTrigger.Overdue);
        Assert.Equal(reported.AcceptanceDeadline, note.At);
        Assert.Equal(DisputeState.Reported, note.From);
        Assert.Equal(DisputeState.Reported, note.To);
        Assert.Contains("awaits acceptance", note.Reason, StringComparison.Ordinal);
        Assert.Contains("(Asia/Shanghai)", note.Explanation!.ToString(), StringComparison.Ordinal);
        Assert.Equal(DisputeState.Reported, ticked.Case.State);

        // Ticking again, later or at the same instant, notes nothing more.
        Assert.Equal<AuditEntry>(ticked.Case.Audit, ticked.Case.Tick(At(12, 1)).Case.Audit);
        Assert.Empty(ticked.Case.Tick(At(12, 1)).Fired);
    }

    [Fact]
    public void TheLastTiersDeadline_IsNotedOnce_AndTheCaseStaysAtThatTier()
    {
        var atCounty = Reported().Accept(GridMediator, At(9, 24, 10)).Value.Tick(At(10, 12)).Case;
        Assert.Equal("county", atCounty.TierId);
        Assert.DoesNotContain(atCounty.Audit, a => a.Trigger == DisputeTrigger.Overdue);

        var overdue = atCounty.Tick(At(10, 20));
        var note = Assert.Single(overdue.Case.Audit, a => a.Trigger == DisputeTrigger.Overdue);
        Assert.Equal(At(10, 13), note.At);
        Assert.Equal(("county", "county"), (note.FromTier, note.ToTier));
        Assert.Contains("passed at 2026-10-12 24:00 (Asia/Shanghai)", note.Explanation!.ToString(), StringComparison.Ordinal);
        Assert.Equal("county", overdue.Case.TierId);
        Assert.Equal<AuditEntry>(overdue.Case.Audit, overdue.Case.Tick(At(10, 21)).Case.Audit);
    }

    [Fact]
    public void TickingAtEveryDayInBetween_GivesTheSameAudit_AsOneTick()
    {
        var accepted = Reported().Accept(GridMediator, At(9, 24, 10)).Value;
        var stepwise = accepted;
        for (var day = At(9, 25); day <= At(10, 20); day += Duration.FromDays(1))
        {
            stepwise = stepwise.Tick(day).Case;
        }

        var once = accepted.Tick(At(10, 20)).Case.Audit;
        Assert.Equal<AuditEntry>(once, stepwise.Audit);
    }

    [Fact]
    public void EveryStepThatSetsADeadline_CarriesHowItWasCounted()
    {
        var walked = Reported().Accept(GridMediator, At(9, 24, 10)).Value.Tick(At(10, 12)).Case;
        Assert.All(
            walked.Audit.Where(a => a.Trigger is DisputeTrigger.Accept or DisputeTrigger.DeadlineEscalation),
            a => Assert.Contains("Ends ", a.Explanation!.ToString(), StringComparison.Ordinal));
        Assert.Equal(walked.DeadlineExplanation!.Steps, walked.Audit[^1].Explanation!.Steps.Skip(2));
        Assert.Equal(
            ["governance.deadline.passed", "governance.deadline.escalation"],
            walked.Audit.Where(a => a.Trigger == DisputeTrigger.DeadlineEscalation).SelectMany(a => a.Explanation!.Steps.Take(2)).Select(s => s.Rule.Value).Distinct());
        Assert.Contains("Escalated from tier township to tier county.", walked.Audit[^1].Explanation!.ToString(), StringComparison.Ordinal);
    }
}
