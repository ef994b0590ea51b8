using System.Collections.Immutable;
using NodaTime;

namespace Ruicheng.Governance.Calendars;

/// <summary>
/// One year of a working-day calendar as a county adds it (年度节假日安排): every public holiday and make-up working day
/// (调休) of the year, and the notice they come from. Loaded and validated by <see cref="CalendarYearFile"/>; merged into a
/// rulebook with <see cref="Rulebooks.GovernanceRulebook.WithCalendarYears"/>.
/// </summary>
public sealed class CalendarYear
{
    internal CalendarYear(int year, ImmutableSortedSet<LocalDate> holidays, ImmutableSortedSet<LocalDate> adjustedWorkingDays, string source)
    {
        Year = year;
        Holidays = holidays;
        AdjustedWorkingDays = adjustedWorkingDays;
        Source = source;
    }

    /// <summary>The year, 1900–2199.</summary>
    public int Year { get; }

    /// <summary>The public holidays, each in <see cref="Year"/>.</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; }

    /// <summary>The make-up working days, each in <see cref="Year"/> and none a holiday.</summary>
    public ImmutableSortedSet<LocalDate> AdjustedWorkingDays { get; }

    /// <summary>The official notice the dates come from, cited.</summary>
    public string Source { get; }

    /// <summary><c>calendar YYYY (n holidays, m make-up working days)</c>.</summary>
    public override string ToString() => $"calendar {Year} ({Holidays.Count} holidays, {AdjustedWorkingDays.Count} make-up working days)";
}
