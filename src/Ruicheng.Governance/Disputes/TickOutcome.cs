using System.Collections.Immutable;

namespace Ruicheng.Governance.Disputes;

/// <summary>What a <see cref="DisputeCase.Tick"/> did: the case after every due deadline was applied, and the deadlines that fired.</summary>
/// <param name="Case">The case afterwards (the same instance when nothing fired).</param>
/// <param name="Fired">The deadlines that fired on this tick, oldest first; empty when none was due.</param>
public sealed record TickOutcome(DisputeCase Case, ImmutableArray<DueEscalation> Fired)
{
    /// <summary>
    /// Escalations a deadline called for but that could not be made, with why (e.g. the next tier's deadline needs a
    /// year the calendar does not cover: <see cref="Calendars.CalendarMustCoverRule"/>). The deadline still fired once;
    /// the case stays at its tier, and nothing is escalated on a guess.
    /// </summary>
    public ImmutableArray<RuleViolation> Refused { get; init; } = [];
}
