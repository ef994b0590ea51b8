using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.TestUtilities;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 13 (first part): a case accepted on 2027-02-05 escalated through Spring Festival because the calendar held
/// 2026 only and said nothing outside it; deadlines explained nothing.
/// </summary>
public class CalendarsNeverGuess
{
    private static readonly GovernanceRulebook Rulebook = GovernanceRulebookFile.LoadRuicheng();

    private static Instant Beijing(int year, int month, int day, int hour) => CivilTime.InstantOf(new LocalDateTime(year, month, day, hour, 0));

    private static Result<DisputeCase> Report(Instant at) => DisputeCase.Report(
        Rulebook, DisputeCaseId.From("DC-1"), "neighbour", UnitId.From("dawang.jinpen.g1"), [new DisputeParty(ResidentId.From("R-1"), null)],
        new Actor(ResidentId.From("W-1"), ActorRole.GridWorker), at, "wall");

    [Fact]
    public void SpringFestival2027_IsRefused_NamingTheMissingYear()
    {
        var reported = Report(Beijing(2027, 2, 5, 10));
        var violation = Assert.Single(reported.Violations);
        Assert.Equal(CalendarMustCoverRule.Id, violation.Code);
        Assert.Contains("2027", violation.Message, StringComparison.Ordinal);
        Assert.Contains(violation.Figures, f => f.Name == "year" && f.Value == "2027");
    }

    [Fact]
    public void AnEscalationWhoseNextDeadlineNeedsAnUncoveredYear_IsRefusedByTick_AndTheCaseStays()
    {
        var accepted = Report(Beijing(2026, 12, 30, 9)).Value.Accept(new Actor(ResidentId.From("M-1"), ActorRole.GridMediator), Beijing(2026, 12, 30, 10)).Value;
        Assert.Equal(Beijing(2027, 1, 1, 0), accepted.Deadline); // 1 working day: 2026-12-31 counted, ends 24:00
        var tick = accepted.Tick(Beijing(2027, 1, 10, 9));
        Assert.Single(tick.Fired);
        var refusal = Assert.Single(tick.Refused);
        Assert.Equal(CalendarMustCoverRule.Id, refusal.Code);
        Assert.Equal("grid", tick.Case.TierId);
        Assert.Empty(tick.Case.Tick(Beijing(2027, 2, 1, 9)).Fired);
    }

    [Fact]
    public void ADeadline_IsExplained_DayByDay_InBeijingTime()
    {
        // Friday 18 September 17:00; Saturday 19 rests; Sunday 20 is a make-up working day (调休); Monday 21 counts.
        var deadline = Rulebook.Calendar.Deadline(Beijing(2026, 9, 18, 17), TimeLimit.Of(2, TimeLimitUnit.WorkingDays)).Value;
        Assert.Equal(Beijing(2026, 9, 22, 0), deadline.Value);
        var text = deadline.Explanation.ToString();
        Assert.Contains("Starts 2026-09-18 17:00 (Asia/Shanghai)", text, StringComparison.Ordinal);
        Assert.Contains("Counted 2 day(s): 2026-09-20..2026-09-21", text, StringComparison.Ordinal);
        Assert.Contains("Skipped weekly rest days: 2026-09-19; holidays: none", text, StringComparison.Ordinal);
        Assert.Contains("Counted make-up working days (调休): 2026-09-20", text, StringComparison.Ordinal);
        Assert.Contains("Ends 2026-09-21 24:00 (Asia/Shanghai)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNationalDayHolidays_AreSkipped_AndTheSaturdayMakeUpDayCounts()
    {
        var deadline = Rulebook.Calendar.Deadline(Beijing(2026, 9, 30, 10), TimeLimit.Of(3, TimeLimitUnit.WorkingDays)).Value;
        Assert.Equal(Beijing(2026, 10, 11, 0), deadline.Value);
        Assert.Contains("holidays: 2026-10-01..2026-10-07", deadline.Explanation.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BrokenCalendars => new()
    {
        { JsonEdit.Apply(GovernanceRulebookFile.RuichengJsonText, d => d["calendar"]!["holidays"]!.AsArray().Add("2027-01-01")), "governance.calendar.date.year", "$.calendar.holidays[33]" },
        { JsonEdit.Apply(GovernanceRulebookFile.RuichengJsonText, d => d["calendar"]!["holidays"]!.AsArray().Add("2026-10-01")), "schema.uniqueItems", "$.calendar.holidays" },
        { JsonEdit.Apply(GovernanceRulebookFile.RuichengJsonText, d => d["calendar"]!["adjustedWorkingDays"]!.AsArray().Add("2026-10-02")), "governance.calendar.holiday-and-working", "$.calendar.adjustedWorkingDays[6]" },
        { JsonEdit.Apply(GovernanceRulebookFile.RuichengJsonText, d => d["calendar"]!.AsObject().Remove("years")), "schema.required", "$.calendar" },
    };

    [Theory]
    [MemberData(nameof(BrokenCalendars))]
    public void ABrokenCalendar_IsRefused_WithItsPath(string json, string code, string path)
    {
        var result = GovernanceRulebookFile.Load(json);
        Assert.True(
            result.Violations.Any(v => v.Code.Value == code && v.Path == path),
            $"expected {code} at {path}; got " + string.Join("; ", result.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }

    [Property(MaxTest = 300)]
    public Property WorkingDayDeadlines_EqualTheDayByDayWalk_AndTheExplanationCountsExactlyTheLimit() =>
        Prop.ForAll(Gen.Choose(0, 330).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 23).ToArbitrary(), (dayOfYear, days, hour) =>
        {
            var start = CivilTime.InstantOf(new LocalDate(2026, 1, 1).PlusDays(dayOfYear).At(new LocalTime(hour, 0)));
            var limit = TimeLimit.Of(days, TimeLimitUnit.WorkingDays);
            var walked = Rulebook.Calendar.Deadline(start, limit);
            if (walked.IsFailure)
            {
                return walked.FirstViolation!.Message.Contains("2027", StringComparison.Ordinal);
            }

            var local = CivilTime.LocalDateTimeOf(start);
            var first = local.TimeOfDay == LocalTime.Midnight ? local.Date : local.Date.PlusDays(1);
            var jumped = CivilTime.StartOf(Rulebook.Calendar.LastOfWorkingDays(first, days).PlusDays(1));
            return walked.Value.Value == jumped && walked.Value.Explanation.Steps[1].Summary.StartsWith($"Counted {days} day(s)", StringComparison.Ordinal);
        });

    [Property(MaxTest = 300)]
    public Property NoDeadline_IsComputedAcrossAnUncoveredYear() =>
        Prop.ForAll(Gen.Choose(300, 364).ToArbitrary(), Gen.Choose(1, 80).ToArbitrary(), (dayOfYear, days) =>
        {
            // Covers 2025 and 2027, not 2026: any count that reaches 2026 must be refused naming 2026.
            var calendar = WorkingDayCalendar.Create([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [new LocalDate(2025, 12, 25)], [], [2025, 2027]);
            var start = CivilTime.StartOf(new LocalDate(2025, 1, 1).PlusDays(dayOfYear));
            var result = calendar.Deadline(start, TimeLimit.Of(days, TimeLimitUnit.WorkingDays));
            return result.IsSuccess
                ? CivilTime.DateOf(result.Value.Value).PlusDays(-1).Year == 2025
                : result.FirstViolation!.Code == CalendarMustCoverRule.Id && result.FirstViolation.Message.Contains("does not cover 2026", StringComparison.Ordinal);
        });

    [Property(MaxTest = 300)]
    public Property TheExplanation_ListsExactlyTheDaysAnIndependentWalkCountsAndSkips() =>
        Prop.ForAll(Gen.Choose(0, 330).ToArbitrary(), Gen.Choose(0, 40).ToArbitrary(), Gen.Choose(0, 23).ToArbitrary(), (dayOfYear, days, hour) =>
        {
            var calendar = Rulebook.Calendar;
            var start = CivilTime.InstantOf(new LocalDate(2026, 1, 1).PlusDays(dayOfYear).At(new LocalTime(hour, 0)));
            var decided = calendar.Deadline(start, TimeLimit.Of(days, TimeLimitUnit.WorkingDays));
            if (decided.IsFailure)
            {
                return true;
            }

            // The walk from the calendar's data alone: a day counts if it is a make-up day, or neither a holiday nor a rest day.
            var counted = new List<LocalDate>();
            var rest = new List<LocalDate>();
            var holidays = new List<LocalDate>();
            var local = CivilTime.LocalDateTimeOf(start);
            for (var day = local.TimeOfDay == LocalTime.Midnight ? local.Date : local.Date.PlusDays(1); counted.Count < days; day = day.PlusDays(1))
            {
                var works = calendar.AdjustedWorkingDays.Contains(day) || (!calendar.Holidays.Contains(day) && !calendar.RestDays.Contains(day.DayOfWeek));
                (works ? counted : calendar.Holidays.Contains(day) ? holidays : rest).Add(day);
            }

            var steps = decided.Value.Explanation.Steps.Select(x => x.Summary).ToList();
            var skipped = steps.SingleOrDefault(x => x.StartsWith("Skipped", StringComparison.Ordinal));
            var makeUp = steps.SingleOrDefault(x => x.StartsWith("Counted make-up", StringComparison.Ordinal));
            return Expand(steps[1][(steps[1].IndexOf(':', StringComparison.Ordinal) + 2)..^1]).SequenceEqual(counted)
                && (skipped is null ? rest.Count + holidays.Count == 0
                    : Expand(Between(skipped, "rest days: ", "; holidays")).SequenceEqual(rest) && Expand(After(skipped, "holidays: ")).SequenceEqual(holidays))
                && (makeUp is null ? !counted.Any(calendar.AdjustedWorkingDays.Contains) : Expand(After(makeUp, "(调休): ")).SequenceEqual(counted.Where(calendar.AdjustedWorkingDays.Contains)))
                && decided.Value.Value == CivilTime.StartOf((counted.Count == 0 ? local.Date.PlusDays(local.TimeOfDay == LocalTime.Midnight ? 0 : 1).PlusDays(-1) : counted[^1]).PlusDays(1));
        });

    /// <summary>The text after <paramref name="after"/>, without the closing full stop.</summary>
    private static string After(string text, string after) => text[(text.IndexOf(after, StringComparison.Ordinal) + after.Length)..^1];

    private static string Between(string text, string after, string before)
    {
        var from = text.IndexOf(after, StringComparison.Ordinal) + after.Length;
        return text[from..text.IndexOf(before, from, StringComparison.Ordinal)];
    }

    private static IEnumerable<LocalDate> Expand(string runs)
    {
        if (runs == "none")
        {
            yield break;
        }

        foreach (var run in runs.Split(", "))
        {
            var ends = run.Split("..").Select(d => LocalDate.FromDateTime(DateTime.ParseExact(d, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            for (var day = ends[0]; day <= ends[^1]; day = day.PlusDays(1))
            {
                yield return day;
            }
        }
    }
}
