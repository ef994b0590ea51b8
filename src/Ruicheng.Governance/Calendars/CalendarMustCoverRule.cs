namespace Ruicheng.Governance.Calendars;

/// <summary>
/// A working-day deadline is computed only over days of years the calendar covers (its holidays and make-up working
/// days are known); a deadline that needs a day of another year is refused, naming the year — never guessed.
/// </summary>
public static class CalendarMustCoverRule
{
    /// <summary>The rule's stable id: <c>governance.calendar.uncovered</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.calendar.uncovered");
}
