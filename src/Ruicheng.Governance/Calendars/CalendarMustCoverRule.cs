namespace Ruicheng.Governance.Calendars;

/// <summary>
/// A working-day deadline is computed only over days of years the calendar covers (its holidays and make-up working
/// days are known); a deadline that needs a day of another year is refused, naming the year — never guessed.
/// </summary>
public static class CalendarMustCoverRule
{
    /// <summary>The rule's stable id: <c>governance.calendar.uncovered</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.calendar.uncovered");

    /// <summary>The violation when a working-day count from <paramref name="start"/> needs <paramref name="day"/> and the calendar does not cover its year, else null.</summary>
    internal static RuleViolation? Check(WorkingDayCalendar calendar, TimeLimit limit, NodaTime.LocalDateTime start, NodaTime.LocalDate day) =>
        limit.Unit == TimeLimitUnit.WorkingDays && !calendar.Covers(day)
            ? RuleViolation.At(
                Id, "calendar", $"Counting {limit} from {start:uuuu-MM-dd HH:mm} needs {day:uuuu-MM-dd}, but the calendar does not cover {day.Year} (it covers {string.Join(", ", calendar.CoveredYears!)}).",
                day.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Figure.Of("year", day.Year))
            : null;
}
