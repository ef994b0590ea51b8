using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Governance.Tests.Calendars;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Ruicheng2026 = GovernanceRulebookFile.LoadRuicheng().Calendar;

    private static Instant At(int month, int day, int hour, int minute = 0) => CivilTime.InstantOf(new LocalDateTime(2026, month, day, hour, minute));

    [Fact]
    public void TwoWorkingDays_FromFriday1700_EndWednesdayMidnight() =>
        Assert.Equal(At(7, 8, 0), Ruicheng2026.DeadlineAfter(At(7, 3, 17), TimeLimit.Of(2, TimeLimitUnit.WorkingDays)));

    [Fact]
    public void WorkingDays_SkipNationalDayAndCountAdjustedSaturday()
    {
        // From the morning of 30 Sep: 1–7 Oct are holidays, 8 and 9 Oct count, Sat 10 Oct is an adjusted working day.
        Assert.Equal(At(10, 10, 0), Ruicheng2026.DeadlineAfter(At(9, 30, 9), TimeLimit.Of(2, TimeLimitUnit.WorkingDays)));
        Assert.Equal(At(10, 11, 0), Ruicheng2026.DeadlineAfter(At(9, 30, 9), TimeLimit.Of(3, TimeLimitUnit.WorkingDays)));
        Assert.True(Ruicheng2026.IsWorkingDay(new LocalDate(2026, 10, 10)));
        Assert.False(Ruicheng2026.IsWorkingDay(new LocalDate(2026, 10, 1)));
    }

    [Fact]
    public void CalendarDays_CountEveryDay() =>
        // 2 Jul is day 1, 30 Aug day 60: the limit ends at midnight starting 31 Aug.
        Assert.Equal(At(8, 31, 0), Ruicheng2026.DeadlineAfter(At(7, 1, 10), TimeLimit.Of(60, TimeLimitUnit.CalendarDays)));

    [Fact]
    public void StartAtMidnight_CountsThatDay() =>
        Assert.Equal(At(7, 2, 0), Ruicheng2026.DeadlineAfter(At(7, 1, 0), TimeLimit.Of(1, TimeLimitUnit.WorkingDays)));

    [Fact]
    public void Create_HolidayThatIsAlsoWorkingDay_Throws() =>
        Assert.Equal("adjustedWorkingDays", Assert.Throws<ArgumentException>(() =>
            WorkingDayCalendar.Create([IsoDayOfWeek.Sunday], [new LocalDate(2026, 1, 1)], [new LocalDate(2026, 1, 1)])).ParamName);

    [Property(MaxTest = 200)]
    public Property WorkingDayArithmeticAgreesWithDayByDayWalk_Holds() =>
        Prop.ForAll(
            (from restMask in Gen.Choose(0, 127)
             from holidayOffsets in Gen.Choose(0, 400).ArrayOf()
             from workOffsets in Gen.Choose(0, 400).ArrayOf()
             from startOffset in Gen.Choose(0, 300)
             from count in Gen.Choose(0, 60)
             select (restMask, holidayOffsets, workOffsets, startOffset, count)).ToArbitrary(),
            c =>
            {
                var (restMask, holidayOffsets, workOffsets, startOffset, count) = c;
                var rest = Enumerable.Range(1, 7).Where(d => (restMask & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d).ToList();
                if (rest.Count == 7)
                {
                    rest.RemoveAt(0);
                }

                var origin = new LocalDate(2026, 1, 1);
                var holidays = holidayOffsets.Select(o => origin.PlusDays(o)).ToHashSet();
                var working = workOffsets.Select(o => origin.PlusDays(o)).Where(d => !holidays.Contains(d)).ToHashSet();
                var calendar = WorkingDayCalendar.Create(rest, holidays, working);
                var first = origin.PlusDays(startOffset);

                // The reference: walk day by day.
                var day = first.PlusDays(-1);
                for (var remaining = count; remaining > 0;)
                {
                    day = day.PlusDays(1);
                    if (working.Contains(day) || (!holidays.Contains(day) && !rest.Contains(day.DayOfWeek)))
                    {
                        remaining--;
                    }
                }

                return calendar.LastOfWorkingDays(first, count) == day;
            });
}
