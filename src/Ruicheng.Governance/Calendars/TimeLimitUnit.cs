namespace Ruicheng.Governance.Calendars;

/// <summary>How a time limit (时限) is counted.</summary>
public enum TimeLimitUnit
{
    /// <summary>Working days (工作日) of the rulebook's calendar: weekends and public holidays do not count, adjusted working days (调休) do.</summary>
    WorkingDays = 0,

    /// <summary>Calendar days (自然日).</summary>
    CalendarDays = 1,
}
