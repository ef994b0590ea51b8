namespace Ruicheng.Governance.Calendars;

/// <summary>
/// A calendar year is added to a calendar once: a year the calendar already covers (or a calendar that states no years
/// and so covers every year) is refused, so that a day's status never changes after deadlines were counted over it.
/// </summary>
public static class CalendarYearMustBeNewRule
{
    /// <summary>The rule's stable id: <c>governance.calendar.year.covered</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.calendar.year.covered");
}
