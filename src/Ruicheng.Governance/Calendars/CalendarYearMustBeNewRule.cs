namespace Ruicheng.Governance.Calendars;

/// <summary>
/// A calendar year is added to a calendar once: a year the calendar already covers (or a calendar that states no years
/// and so covers every year) is refused, so that a day's status never changes after deadlines were counted over it.
/// </summary>
public static class CalendarYearMustBeNewRule
{
    /// <summary>The rule's stable id: <c>governance.calendar.year.covered</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.calendar.year.covered");

    /// <summary>The violation when a calendar covering <paramref name="coveredYears"/> (null: every year) already covers <paramref name="year"/>, else null.</summary>
    internal static RuleViolation? Check(System.Collections.Immutable.ImmutableSortedSet<int>? coveredYears, int year) =>
        coveredYears is null || coveredYears.Contains(year)
            ? RuleViolation.At(
                Id, "year", $"The calendar already covers {year}; a year is added once, and its days never change.",
                year.ToString(System.Globalization.CultureInfo.InvariantCulture), Figure.Of("year", year))
            : null;
}
