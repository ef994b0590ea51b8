using NodaTime;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// One recorded step of a case (审计记录): when, who and in which role (null for the clock), the trigger, the states
/// and tiers before and after, the reason, and the rulebook version in force.
/// </summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who acted, or null when a deadline acted.</param>
/// <param name="Trigger">What happened.</param>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="FromTier">The tier before, if any.</param>
/// <param name="ToTier">The tier after, if any.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Rulebook">The rulebook in force.</param>
public sealed record AuditEntry(
    Instant At, Actor? Actor, DisputeTrigger Trigger, DisputeState From, DisputeState To, string? FromTier, string? ToTier, string Reason, RulebookReference Rulebook)
{
    /// <summary>
    /// Why, in figures: for a step that set a deadline, how it was counted (<see cref="Calendars.WorkingDayCalendar.Deadline"/>);
    /// for an overdue notice or a refused escalation, the deadline that passed and what stopped the escalation.
    /// </summary>
    public Explanation? Explanation { get; init; }
}
