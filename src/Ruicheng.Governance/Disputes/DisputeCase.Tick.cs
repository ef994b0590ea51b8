using System.Collections.Immutable;
using NodaTime;

namespace Ruicheng.Governance.Disputes;

public sealed partial class DisputeCase
{
    /// <summary>
    /// The deadlines that have passed by <paramref name="now"/> and not yet fired, without applying them.
    /// </summary>
    /// <param name="now">The current instant.</param>
    public ImmutableArray<DueEscalation> DueEscalations(Instant now) => Tick(now).Fired;

    /// <summary>
    /// Applies every deadline that has passed by <paramref name="now"/> (no timers: call it whenever). An expired
    /// tier escalates to the next tier at its deadline instant (a <see cref="DisputeTrigger.DeadlineEscalation"/> audit
    /// entry). Where no tier before litigation is left, the case still awaits acceptance, or the escalation is refused
    /// (listed in <see cref="TickOutcome.Refused"/>), the case keeps its state and tier and gets one
    /// <see cref="DisputeTrigger.Overdue"/> audit entry at the deadline instant (or at the last audit entry's instant if
    /// that is later), whose explanation names the passed deadline in Beijing time and why nothing escalated. Each
    /// (case, tier, deadline) fires exactly once and is remembered with the case, so ticking again, or ticking at every
    /// instant in between, gives the same case and never notes a deadline twice.
    /// </summary>
    /// <param name="now">The current instant.</param>
    /// <returns>The case after the due deadlines, and the deadlines that fired.</returns>
    public TickOutcome Tick(Instant now)
    {
        var current = this;
        var fired = ImmutableArray.CreateBuilder<DueEscalation>();
        var refused = ImmutableArray.CreateBuilder<RuleViolation>();
        while (current.NextDue(now) is { } due)
        {
            fired.Add(due);
            (current, var refusal) = current.Apply(due);
            if (refusal is not null)
            {
                refused.Add(refusal);
            }
        }

        return new TickOutcome(current, fired.ToImmutable()) { Refused = refused.ToImmutable() };
    }

    private DueEscalation? NextDue(Instant now)
    {
        if (State == DisputeState.Reported && AcceptanceDeadline <= now && !FiredDeadlines.Contains((AcceptanceTier, AcceptanceDeadline)))
        {
            return new DueEscalation(Id, AcceptanceTier, AcceptanceDeadline, null);
        }

        if (State == DisputeState.InMediation && Deadline is { } deadline && deadline <= now && !FiredDeadlines.Contains((Tier!.Id, deadline)))
        {
            return new DueEscalation(Id, Tier.Id, deadline, NextTier?.Id);
        }

        return null;
    }

    private (DisputeCase Case, RuleViolation? Refusal) Apply(DueEscalation due)
    {
        var marked = new DisputeCase(this) { FiredDeadlines = FiredDeadlines.Add((due.Tier, due.Deadline)) };

        // A late command (an extension granted after the old deadline) may postdate the deadline; the audit stays chronological.
        var at = Audit.IsEmpty || Audit[^1].At <= due.Deadline ? due.Deadline : Audit[^1].At;
        var text = GovernanceMessages.Catalog;
        var passed = text.Step(
            RuleId.From("governance.deadline.passed"), "governance.deadline.passed.step", [],
            Figure.Of("tier", due.Tier), Figure.Of("deadline", CivilTime.Describe(due.Deadline)));
        if (!due.Escalates)
        {
            var unaccepted = State == DisputeState.Reported;
            var why = unaccepted ? "the case still awaits acceptance" : $"tier {due.Tier} is the last before litigation";
            var overdue = text.Step(RuleId.From("governance.deadline.overdue"), unaccepted ? "governance.deadline.overdue.unaccepted" : "governance.deadline.overdue.last-tier", [Figure.Of("tier", due.Tier)]);
            return (marked.Noted(at, $"overdue: {why}", [passed, overdue]), null);
        }

        var escalated = marked.Execute(DisputeTrigger.DeadlineEscalation, null, at, $"deadline of tier {due.Tier} passed", () => marked.MovedTo(marked.NextTierIndex(), at));
        if (escalated.IsSuccess)
        {
            // The audit says why it escalated (the deadline that passed) before how the next deadline was counted.
            var next = escalated.Value;
            var moved = text.Step(
                RuleId.From("governance.deadline.escalation"), "governance.deadline.escalation.step", [], Figure.Of("from", due.Tier), Figure.Of("to", next.TierId));
            var entry = next.Audit[^1] with { Explanation = Explanation.Create(OpenedUnder, [passed, moved, .. next.Audit[^1].Explanation?.Steps ?? []]) };
            return (new DisputeCase(next) { Audit = next.Audit.SetItem(next.Audit.Length - 1, entry) }, null);
        }

        var refusal = escalated.FirstViolation!;
        return (marked.Noted(at, $"escalation refused: {refusal.Message}", [passed, text.Step(refusal.Code, "governance.escalation.refused", [Figure.Of("message", refusal.Message), Figure.Of("code", refusal.Code)], [.. refusal.Figures])]), refusal);
    }

    /// <summary>An <see cref="DisputeTrigger.Overdue"/> note in the audit, with its explanation; the state and tier stay.</summary>
    private DisputeCase Noted(Instant at, string reason, IEnumerable<ExplanationStep> steps) => new(this)
    {
        Audit = Audit.Add(new AuditEntry(at, null, DisputeTrigger.Overdue, State, State, Tier?.Id, Tier?.Id, reason, OpenedUnder)
        {
            Explanation = Explanation.Create(OpenedUnder, steps),
        }),
    };
}
