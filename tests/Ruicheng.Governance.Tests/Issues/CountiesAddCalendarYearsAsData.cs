using NodaTime;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.TestUtilities;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 13 (calendars that never guess): a county adds a year as data — a calendar file merged into the rulebook,
/// validated — instead of waiting for a new package.
/// </summary>
public class CountiesAddCalendarYearsAsData
{
    // The 2025 arrangement from the State Council notice (国办发明电〔2024〕12号).
    internal const string Year2025 = """
        { "$schema": "governance-calendar.schema.json", "year": 2025,
          "holidays": ["2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
                       "2025-04-04", "2025-04-05", "2025-04-06", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
                       "2025-05-31", "2025-06-01", "2025-06-02", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05",
                       "2025-10-06", "2025-10-07", "2025-10-08"],
          "adjustedWorkingDays": ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
          "source": "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）" }
        """;

    private static readonly GovernanceRulebook Ruicheng = GovernanceRulebookFile.LoadRuicheng();

    // The built-in rules, adopted from 2025 (the built-in rulebook is in force from 2026).
    private static readonly GovernanceRulebook From2025 = GovernanceRulebookFile.Load(
        JsonEdit.Apply(GovernanceRulebookFile.RuichengJsonText, d => d["header"]!["effectiveFrom"] = "2025-01-01")).Value;

    private static Instant Beijing(int year, int month, int day, int hour) => CivilTime.InstantOf(new LocalDateTime(year, month, day, hour, 0));

    private static Result<DisputeCase> Report(GovernanceRulebook rulebook, Instant at) => DisputeCase.Report(
        rulebook, DisputeCaseId.From("DC-1"), "neighbour", UnitId.From("dawang.jinpen.g1"), [new DisputeParty(ResidentId.From("R-1"), null)],
        new Actor(ResidentId.From("W-1"), ActorRole.GridWorker), at, "wall");

    [Fact]
    public void WithoutTheYear_AReportDuringNationalDay2025_IsRefused_AndWithIt_TheEightDayHolidayIsSkipped()
    {
        Assert.Equal(CalendarMustCoverRule.Id, Report(From2025, Beijing(2025, 9, 30, 10)).FirstViolation!.Code);

        var merged = From2025.WithCalendarYears([CalendarYearFile.Load(Year2025).Value]).Value;
        Assert.Equal([2025, 2026], merged.Calendar.CoveredYears!);
        Assert.Equal(From2025.Header, merged.Header);

        // One working day to accept: 1–8 October are the merged National Day and Mid-Autumn holiday; Thursday 9 October counts.
        var reported = Report(merged, Beijing(2025, 9, 30, 10)).Value;
        Assert.Equal(Beijing(2025, 10, 10, 0), reported.AcceptanceDeadline);

        // A deadline across the new year now runs on: 31 December 2025 counts.
        Assert.Equal(Beijing(2026, 1, 1, 0), merged.Calendar.DeadlineAfter(Beijing(2025, 12, 30, 15), TimeLimit.Of(1, TimeLimitUnit.WorkingDays)));
    }

    [Fact]
    public void MergingChangesNoDayAlreadyCovered()
    {
        var merged = Ruicheng.WithCalendarYears([CalendarYearFile.Load(Year2025).Value]).Value;
        for (var day = new LocalDate(2026, 1, 1); day.Year == 2026; day = day.PlusDays(1))
        {
            Assert.Equal(Ruicheng.Calendar.IsWorkingDay(day), merged.Calendar.IsWorkingDay(day));
        }
    }

    [Fact]
    public void AYearAlreadyCovered_OrGivenTwice_IsRefusedWithItsPosition()
    {
        var year2025 = CalendarYearFile.Load(Year2025).Value;
        var year2026 = CalendarYearFile.Load(JsonEdit.Apply(Year2025, d =>
        {
            d["year"] = 2026;
            d["holidays"] = new System.Text.Json.Nodes.JsonArray();
            d["adjustedWorkingDays"] = new System.Text.Json.Nodes.JsonArray();
        })).Value;
        var merged = Ruicheng.WithCalendarYears([year2025, year2026, year2025]);
        Assert.Equal([("[1].year", "2026"), ("[2].year", "2025")], merged.Violations.Select(v => (v.Path, v.AttemptedValue!)));
        Assert.All(merged.Violations, v => Assert.Equal(CalendarYearMustBeNewRule.Id, v.Code));
    }

    public static TheoryData<string, string, string> BrokenYears => new()
    {
        { JsonEdit.Apply(Year2025, d => d["holidays"]!.AsArray().Add("2026-01-01")), "governance.calendar.date.year", "$.holidays[28]" },
        { JsonEdit.Apply(Year2025, d => d["adjustedWorkingDays"]!.AsArray().Add("2025-10-03")), "governance.calendar.holiday-and-working", "$.adjustedWorkingDays[5]" },
        { JsonEdit.Apply(Year2025, d => d["holidays"]!.AsArray().Add("2025-01-01")), "schema.uniqueItems", "$.holidays" },
        { JsonEdit.Apply(Year2025, d => d.AsObject().Remove("source")), "schema.required", "$" },
        { JsonEdit.Apply(Year2025, d => d["year"] = 2200), "schema.maximum", "$.year" },
    };

    [Theory]
    [MemberData(nameof(BrokenYears))]
    public void ABrokenCalendarYear_IsRefusedWithCodeAndPath(string json, string code, string path)
    {
        var loaded = CalendarYearFile.Load(json);
        Assert.True(loaded.Violations.Any(v => v.Code.Value == code && v.Path == path), string.Join("; ", loaded.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }

    [Fact]
    public void EveryErrorOfACalendarYear_IsReportedAtOnce()
    {
        var json = JsonEdit.Apply(Year2025, d =>
        {
            d["holidays"]!.AsArray().Add("2027-05-01");
            d["adjustedWorkingDays"]!.AsArray().Add("2025-05-02");
        });
        Assert.Equal(["governance.calendar.date.year", "governance.calendar.holiday-and-working"], CalendarYearFile.Load(json).Violations.Select(v => v.Code.Value));
    }
}
