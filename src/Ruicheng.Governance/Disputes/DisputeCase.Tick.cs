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
    /// tier escalates to the next tier at its deadline instant; where no tier before litigation is left, or the case
    /// still awaits acceptance, the deadline only marks the case overdue. Each (case, tier, deadline) fires exactly
    /// once, so ticking again, or ticking at every instant in between, gives the same case.
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
        if (!due.Escalates)
        {
            return (marked, null);
        }

        // A late command (an extension granted after the old deadline) may postdate the deadline; the audit stays chronological.
        var at = Audit.IsEmpty || Audit[^1].At <= due.Deadline ? due.Deadline : Audit[^1].At;
        var escalated = marked.Execute(DisputeTrigger.DeadlineEscalation, null, at, $"deadline of tier {due.Tier} passed", () => marked.MovedTo(marked.NextTierIndex(), at));
        return escalated.IsSuccess ? (escalated.Value, null) : (marked, escalated.FirstViolation);
    }
}
