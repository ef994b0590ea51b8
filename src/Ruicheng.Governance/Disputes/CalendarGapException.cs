namespace Ruicheng.Governance.Disputes;

/// <summary>Carries a <see cref="Calendars.CalendarMustCoverRule"/> violation out of a state change to the command that turns it into a refusal.</summary>
/// <param name="violation">The violation naming the uncovered year.</param>
internal sealed class CalendarGapException(RuleViolation violation) : Exception(violation.Message)
{
    public RuleViolation Violation { get; } = violation;
}
