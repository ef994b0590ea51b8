using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;

namespace Ruicheng.Governance.Calendars;

/// <summary>
/// A working-day calendar as data (工作日历): the weekly rest days, public holidays, and adjusted working days
/// (调休, rest days worked in exchange for a longer holiday). Nothing is hard-coded: the list comes from the
/// rulebook. Deadlines are computed in Asia/Shanghai civil time.
/// </summary>
/// <remarks>
/// Counting rule: a limit of <i>n</i> days runs from the first full civil day after the start (the start day
/// itself when the start is exactly midnight) and ends at the end of the <i>n</i>-th counted day, i.e. at
/// midnight starting the following day. So 2 working days from Friday 17:00 end at Wednesday 00:00.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly FrozenSet<IsoDayOfWeek> _restDays;
    private readonly ImmutableArray<LocalDate> _exceptions;
    private readonly FrozenSet<LocalDate> _holidays;
    private readonly FrozenSet<LocalDate> _adjustedWorkingDays;
    private readonly int _workingDaysPerWeek;

    private WorkingDayCalendar(IEnumerable<IsoDayOfWeek> restDays, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> adjustedWorkingDays)
    {
        _restDays = restDays.ToFrozenSet();
        _holidays = holidays.ToFrozenSet();
        _adjustedWorkingDays = adjustedWorkingDays.ToFrozenSet();
        _exceptions = _holidays.Concat(_adjustedWorkingDays).Distinct().Order().ToImmutableArray();
        _workingDaysPerWeek = 7 - _restDays.Count;
    }

    /// <summary>The weekly rest days (usually Saturday and Sunday).</summary>
    public IReadOnlySet<IsoDayOfWeek> RestDays => _restDays;

    /// <summary>Public holidays (rest days whatever the weekday).</summary>
    public IReadOnlySet<LocalDate> Holidays => _holidays;

    /// <summary>Adjusted working days (调休): working days even when they fall on a weekly rest day.</summary>
    public IReadOnlySet<LocalDate> AdjustedWorkingDays => _adjustedWorkingDays;

    /// <summary>Creates a calendar.</summary>
    /// <param name="restDays">Weekly rest days; fewer than seven.</param>
    /// <param name="holidays">Public holidays.</param>
    /// <param name="adjustedWorkingDays">Adjusted working days; none may also be a holiday.</param>
    /// <exception cref="ArgumentException">All seven days are rest days, or a date is both a holiday and a working day.</exception>
    public static WorkingDayCalendar Create(IEnumerable<IsoDayOfWeek> restDays, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> adjustedWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(restDays);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(adjustedWorkingDays);
        var rest = restDays.ToHashSet();
        if (rest.Count >= 7 || rest.Contains(IsoDayOfWeek.None))
        {
            throw new ArgumentException("A calendar needs at least one working weekday.", nameof(restDays));
        }

        var holidaySet = holidays.ToHashSet();
        var clash = adjustedWorkingDays.FirstOrDefault(holidaySet.Contains);
        if (adjustedWorkingDays.Any(holidaySet.Contains))
        {
            throw new ArgumentException($"{clash:uuuu-MM-dd} is both a holiday and an adjusted working day.", nameof(adjustedWorkingDays));
        }

        return new WorkingDayCalendar(rest, holidaySet, adjustedWorkingDays);
    }

    /// <summary>A calendar with Saturday and Sunday off and no holidays.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = Create([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [], []);

    /// <summary>Whether a civil date is a working day.</summary>
    /// <param name="date">The date.</param>
    public bool IsWorkingDay(LocalDate date) =>
        _adjustedWorkingDays.Contains(date) || (!_holidays.Contains(date) && !_restDays.Contains(date.DayOfWeek));

    /// <summary>The instant a time limit started at <paramref name="start"/> runs out (see the counting rule).</summary>
    /// <param name="start">When the limit starts.</param>
    /// <param name="limit">The limit.</param>
    public Instant DeadlineAfter(Instant start, TimeLimit limit)
    {
        var local = CivilTime.LocalDateTimeOf(start);
        var firstDay = local.TimeOfDay == LocalTime.Midnight ? local.Date : local.Date.PlusDays(1);
        var lastDay = limit.Unit == TimeLimitUnit.CalendarDays
            ? firstDay.PlusDays(limit.Days - 1)
            : LastOfWorkingDays(firstDay, limit.Days);
        return CivilTime.StartOf(lastDay.PlusDays(1));
    }

    /// <summary>
    /// The <paramref name="count"/>-th working day counting <paramref name="first"/> as a candidate; for a count of
    /// zero, the day before <paramref name="first"/>. Jumps whole weeks that hold no holiday or adjusted day.
    /// </summary>
    /// <param name="first">The first day that may count.</param>
    /// <param name="count">How many working days, zero or more.</param>
    public LocalDate LastOfWorkingDays(LocalDate first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = first.PlusDays(-1);
        var remaining = count;
        while (remaining > 0)
        {
            if (remaining > _workingDaysPerWeek && !HasExceptionBetween(day.PlusDays(1), day.PlusDays(7)))
            {
                day = day.PlusDays(7);
                remaining -= _workingDaysPerWeek;
                continue;
            }

            day = day.PlusDays(1);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>The number of working days in an inclusive span of dates.</summary>
    /// <param name="days">The span.</param>
    public int CountWorkingDays(DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return days.Count(IsWorkingDay);
    }

    private bool HasExceptionBetween(LocalDate from, LocalDate to)
    {
        var index = _exceptions.BinarySearch(from);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _exceptions.Length && _exceptions[index] <= to;
    }
}
