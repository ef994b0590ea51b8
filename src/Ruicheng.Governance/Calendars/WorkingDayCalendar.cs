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
/// A calendar states the years it covers (<see cref="CoveredYears"/>): a working-day limit that needs a day of
/// another year is refused (<see cref="CalendarMustCoverRule"/>), never counted on a guess. Calendar-day limits
/// need no holidays and are computed for any year.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly FrozenSet<IsoDayOfWeek> _restDays;
    private readonly ImmutableArray<LocalDate> _exceptions;
    private readonly FrozenSet<LocalDate> _holidays;
    private readonly FrozenSet<LocalDate> _adjustedWorkingDays;
    private readonly int _workingDaysPerWeek;

    private WorkingDayCalendar(IEnumerable<IsoDayOfWeek> restDays, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> adjustedWorkingDays, ImmutableSortedSet<int>? years)
    {
        CoveredYears = years;
        _restDays = restDays.ToFrozenSet();
        _holidays = holidays.ToFrozenSet();
        _adjustedWorkingDays = adjustedWorkingDays.ToFrozenSet();
        _exceptions = _holidays.Concat(_adjustedWorkingDays).Distinct().Order().ToImmutableArray();
        _workingDaysPerWeek = 7 - _restDays.Count;
    }

    /// <summary>The years whose holidays and make-up working days the calendar holds; null for a calendar that covers every year because it has none (e.g. <see cref="WeekendsOnly"/>).</summary>
    public ImmutableSortedSet<int>? CoveredYears { get; }

    /// <summary>Whether the calendar knows every holiday and make-up working day of the date's year.</summary>
    /// <param name="date">The date.</param>
    public bool Covers(LocalDate date) => CoveredYears is null || CoveredYears.Contains(date.Year);

    /// <summary>The weekly rest days (usually Saturday and Sunday).</summary>
    public IReadOnlySet<IsoDayOfWeek> RestDays => _restDays;

    /// <summary>Public holidays (rest days whatever the weekday).</summary>
    public IReadOnlySet<LocalDate> Holidays => _holidays;

    /// <summary>Adjusted working days (调休): working days even when they fall on a weekly rest day.</summary>
    public IReadOnlySet<LocalDate> AdjustedWorkingDays => _adjustedWorkingDays;

    /// <summary>
    /// Creates a calendar. Without holidays or adjusted days it has only weekly rest days and covers every year; with
    /// them it covers exactly the years those dates fall in (state the years with the other overload when a covered
    /// year has no listed date).
    /// </summary>
    /// <param name="restDays">Weekly rest days; fewer than seven.</param>
    /// <param name="holidays">Public holidays.</param>
    /// <param name="adjustedWorkingDays">Adjusted working days; none may also be a holiday.</param>
    /// <exception cref="ArgumentException">All seven days are rest days, or a date is both a holiday and a working day.</exception>
    public static WorkingDayCalendar Create(IEnumerable<IsoDayOfWeek> restDays, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> adjustedWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(adjustedWorkingDays);
        var holidayList = holidays.ToList();
        var adjustedList = adjustedWorkingDays.ToList();
        if (holidayList.Count > 0 || adjustedList.Count > 0)
        {
            // A list of holidays with no stated years would silently treat every other year as holiday-free.
            return Create(restDays, holidayList, adjustedList, holidayList.Concat(adjustedList).Select(d => d.Year).Distinct());
        }

        return Build(restDays, [], [], null);
    }

    /// <summary>Creates a calendar that covers the given years: their holidays and make-up working days are all listed.</summary>
    /// <param name="restDays">Weekly rest days; fewer than seven.</param>
    /// <param name="holidays">Public holidays, each in a covered year.</param>
    /// <param name="adjustedWorkingDays">Adjusted working days, each in a covered year; none may also be a holiday.</param>
    /// <param name="coveredYears">The years covered (at least one, each 1900–2199).</param>
    /// <exception cref="ArgumentException">All seven days are rest days, a date is both a holiday and a working day, a date lies outside the covered years, or no year is covered.</exception>
    public static WorkingDayCalendar Create(IEnumerable<IsoDayOfWeek> restDays, IEnumerable<LocalDate> holidays, IEnumerable<LocalDate> adjustedWorkingDays, IEnumerable<int> coveredYears)
    {
        ArgumentNullException.ThrowIfNull(coveredYears);
        var years = coveredYears.ToImmutableSortedSet();
        if (years.IsEmpty || years.Any(y => y < CivilTime.EarliestDate.Year || y > CivilTime.LatestDate.Year))
        {
            throw new ArgumentException($"A calendar covers at least one year, each from {CivilTime.EarliestDate.Year} to {CivilTime.LatestDate.Year}.", nameof(coveredYears));
        }

        var holidayList = holidays.ToList();
        var adjustedList = adjustedWorkingDays.ToList();
        if (holidayList.Concat(adjustedList).FirstOrDefault(d => !years.Contains(d.Year)) is { } outside && outside != default)
        {
            throw new ArgumentException($"{outside:uuuu-MM-dd} lies outside the covered years {string.Join(", ", years)}.", nameof(coveredYears));
        }

        return Build(restDays, holidayList, adjustedList, years);
    }

    private static WorkingDayCalendar Build(IEnumerable<IsoDayOfWeek> restDays, List<LocalDate> holidays, List<LocalDate> adjustedWorkingDays, ImmutableSortedSet<int>? years)
    {
        ArgumentNullException.ThrowIfNull(restDays);
        var rest = restDays.ToHashSet();
        if (rest.Count >= 7 || rest.Contains(IsoDayOfWeek.None))
        {
            throw new ArgumentException("A calendar needs at least one working weekday.", nameof(restDays));
        }

        var holidaySet = holidays.ToHashSet();
        if (adjustedWorkingDays.FirstOrDefault(holidaySet.Contains) is { } clash && clash != default)
        {
            throw new ArgumentException($"{clash:uuuu-MM-dd} is both a holiday and an adjusted working day.", nameof(adjustedWorkingDays));
        }

        return new WorkingDayCalendar(rest, holidaySet, adjustedWorkingDays, years);
    }

    /// <summary>A calendar with Saturday and Sunday off and no holidays.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = Create([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [], []);

    /// <summary>
    /// This calendar with one more year: the same rest days, plus the year's holidays and make-up working days, covering
    /// the year too. Days of the years already covered do not change, so no deadline computed before changes. Refused
    /// (<see cref="CalendarYearMustBeNewRule"/>, path <c>year</c>) when the calendar already covers the year, or covers every
    /// year (a calendar without stated years).
    /// </summary>
    /// <param name="year">The year to add.</param>
    public Result<WorkingDayCalendar> WithYear(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (CalendarYearMustBeNewRule.Check(CoveredYears, year.Year) is { } covered)
        {
            return Result<WorkingDayCalendar>.Failure(covered);
        }

        return Result<WorkingDayCalendar>.Success(Build(
            _restDays, [.. _holidays, .. year.Holidays], [.. _adjustedWorkingDays, .. year.AdjustedWorkingDays], CoveredYears!.Add(year.Year)));
    }

    /// <summary>Whether a civil date is a working day.</summary>
    /// <param name="date">The date.</param>
    public bool IsWorkingDay(LocalDate date) =>
        _adjustedWorkingDays.Contains(date) || (!_holidays.Contains(date) && !_restDays.Contains(date.DayOfWeek));

    /// <summary>
    /// The instant a time limit started at <paramref name="start"/> runs out (see the counting rule), explained: the
    /// start in Beijing time, every counted day (as runs of dates), the weekly rest days and holidays skipped, the
    /// make-up working days counted, and the end as <c>yyyy-MM-dd 24:00 (Asia/Shanghai)</c>. Days are written as runs
    /// of consecutive dates, comma-separated: <c>yyyy-MM-dd</c> for a single day, <c>yyyy-MM-dd..yyyy-MM-dd</c> for a run
    /// (both ends included), <c>none</c> for no day. Steps, in order: start; counted days; skipped rest days and holidays
    /// (only when any was skipped); make-up working days (only when any was counted); end.
    /// </summary>
    /// <param name="start">When the limit starts.</param>
    /// <param name="limit">The limit.</param>
    /// <returns>The deadline, or a <see cref="CalendarMustCoverRule"/> violation naming the first uncovered year a working-day count needs.</returns>
    public Result<Decision<Instant>> Deadline(Instant start, TimeLimit limit)
    {
        var local = CivilTime.LocalDateTimeOf(start);
        var firstDay = local.TimeOfDay == LocalTime.Midnight ? local.Date : local.Date.PlusDays(1);
        var counted = new List<LocalDate>();
        var restSkipped = new List<LocalDate>();
        var holidaysSkipped = new List<LocalDate>();
        var makeUp = new List<LocalDate>();
        var day = firstDay;
        while (counted.Count < limit.Days)
        {
            if (CalendarMustCoverRule.Check(this, limit, local, day) is { } uncovered)
            {
                return Result<Decision<Instant>>.Failure(uncovered);
            }

            if (limit.Unit == TimeLimitUnit.CalendarDays || IsWorkingDay(day))
            {
                counted.Add(day);
                if (limit.Unit == TimeLimitUnit.WorkingDays && _adjustedWorkingDays.Contains(day))
                {
                    makeUp.Add(day);
                }
            }
            else if (_holidays.Contains(day))
            {
                holidaysSkipped.Add(day);
            }
            else
            {
                restSkipped.Add(day);
            }

            day = day.PlusDays(1);
        }

        var lastDay = counted.Count == 0 ? firstDay.PlusDays(-1) : counted[^1];
        var end = CivilTime.StartOf(lastDay.PlusDays(1));
        var rule = RuleId.From("governance.deadline");
        var text = GovernanceMessages.Catalog;
        var steps = new List<ExplanationStep>
        {
            text.Step(rule, "governance.deadline.start", [Figure.Of("firstDay", $"{firstDay:uuuu-MM-dd}")], Figure.Of("start", $"{local:uuuu-MM-dd HH:mm}"), Figure.Of("limit", limit)),
            text.Step(rule, "governance.deadline.counted", [Figure.Of("days", Runs(counted))], Figure.Of("counted", counted.Count)),
        };
        if (restSkipped.Count + holidaysSkipped.Count > 0)
        {
            steps.Add(text.Step(rule, "governance.deadline.skipped", [Figure.Of("restDays", Runs(restSkipped)), Figure.Of("holidays", Runs(holidaysSkipped))], Figure.Of("restDaysSkipped", restSkipped.Count), Figure.Of("holidaysSkipped", holidaysSkipped.Count)));
        }

        if (makeUp.Count > 0)
        {
            steps.Add(text.Step(rule, "governance.deadline.make-up", [Figure.Of("days", Runs(makeUp))], Figure.Of("makeUpDays", makeUp.Count)));
        }

        steps.Add(text.Step(rule, "governance.deadline.end", [Figure.Of("instant", end)], Figure.Of("end", $"{lastDay:uuuu-MM-dd} 24:00")));
        return Result<Decision<Instant>>.Success(Decision<Instant>.Create(end, Explanation.Create(null, steps)));
    }

    /// <summary>
    /// The instant a time limit runs out (<see cref="Deadline"/> without the explanation).
    /// </summary>
    /// <param name="start">When the limit starts.</param>
    /// <param name="limit">The limit.</param>
    /// <exception cref="InvalidOperationException">A working-day count needs a year the calendar does not cover (see <see cref="Deadline"/>).</exception>
    public Instant DeadlineAfter(Instant start, TimeLimit limit)
    {
        if (limit.Unit == TimeLimitUnit.WorkingDays && CoveredYears is not null)
        {
            var checkedDeadline = Deadline(start, limit);
            return checkedDeadline.IsSuccess
                ? checkedDeadline.Value.Value
                : throw new InvalidOperationException(checkedDeadline.FirstViolation!.Message);
        }

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

    /// <summary>Dates as runs: <c>2026-10-09..2026-10-13, 2026-10-16</c>; "none" when empty.</summary>
    private static string Runs(List<LocalDate> days)
    {
        if (days.Count == 0)
        {
            return "none";
        }

        var runs = new List<string>();
        var first = days[0];
        var previous = days[0];
        foreach (var day in days.Skip(1).Append(LocalDate.MaxIsoValue))
        {
            if (day != LocalDate.MaxIsoValue && day == previous.PlusDays(1))
            {
                previous = day;
                continue;
            }

            runs.Add(first == previous ? $"{first:uuuu-MM-dd}" : $"{first:uuuu-MM-dd}..{previous:uuuu-MM-dd}");
            first = day;
            previous = day;
        }

        return string.Join(", ", runs);
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
