using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Posts;
using Ruicheng.TestUtilities;

namespace Ruicheng.Governance.Tests.Linkage;

public class PatrolLogTests
{
    private static readonly GovernanceHierarchy Ruicheng = RuichengHierarchy.Load();
    private static readonly IssueCategory Safety = IssueCategory.From("safety-hazard");
    private static readonly IssueCategory Dispute = IssueCategory.From("dispute");
    private static readonly ResidentId Worker = ResidentId.From("W-1");
    private static readonly GovernancePost Sentiment = new(PostId.From("sentiment-collector"), "民情收集员", "public-sentiment collector");

    private static AdministrativeUnit Jinpen => Ruicheng.FindByName("金盆村")[0];

    private static PatrolRecord Record(LocalDate date, UnitId grid, int found, int resolved, int visits = 10) =>
        PatrolRecord.Create(date, grid, Worker, visits, [KeyValuePair.Create(Safety, found)], resolved, 0);

    [Fact]
    public void WeeklySummary_ComparesWithPreviousWeek_AndNamesRisingGrids()
    {
        var grids = Ruicheng.ChildrenOf(Jinpen.Id);
        var records = new[]
        {
            Record(new LocalDate(2026, 6, 23), grids[0].Id, found: 2, resolved: 2),
            Record(new LocalDate(2026, 6, 30), grids[0].Id, found: 3, resolved: 1),
            Record(new LocalDate(2026, 7, 1), grids[1].Id, found: 1, resolved: 1),
        };
        var log = PatrolLog.Create(Ruicheng, records, [], [Sentiment]);
        var week = log.WeeklySummary(Jinpen.Id, 2026, 27);

        Assert.Equal("2026-W27", week.Label);
        Assert.Equal(new LocalDate(2026, 6, 29), week.Period.Start);
        Assert.Equal(4, week.Current.IssuesFound);
        Assert.Equal(2, week.Previous.IssuesFound);
        Assert.Equal(2, week.OpenIssuesChange);
        Assert.Equal(grids[0].Id, Assert.Single(week.RisingUnits).Unit.Id);
        Assert.Equal("芮城县 / 大王镇 / 金盆村", week.Path);
    }

    [Fact]
    public void IncidentReport_IsRoutedToHouseholdGrid_AndCountedThatDay()
    {
        var household = Ruicheng.HouseholdsIn(Jinpen.Id)[0];
        var reportedAt = Instant.FromUtc(2026, 6, 30, 17, 0); // 01:00 on 1 July in Asia/Shanghai
        var report = new IncidentReport(ResidentId.From("rider-7"), Sentiment.Id, household.Id, null, Dispute, reportedAt);
        var log = PatrolLog.Create(Ruicheng, [], [report], [Sentiment]);

        var grid = Ruicheng.GridOf(household.Id);
        Assert.Equal(1, log.DailyFigures(grid.Id, new LocalDate(2026, 7, 1)).IncidentReports);
        Assert.Equal(0, log.DailyFigures(grid.Id, new LocalDate(2026, 6, 30)).IssuesFound);
        Assert.Equal(1, log.AcceptedIncidents);
    }

    [Fact]
    public void Rejected_RecordsAndReports_AreReportedWithPaths()
    {
        var records = new[] { Record(new LocalDate(2026, 7, 1), Jinpen.Id, 1, 0) };
        var reports = new[]
        {
            new IncidentReport(ResidentId.From("rider-1"), PostId.From("unknown-post"), null, Jinpen.Id, Dispute, Instant.FromUtc(2026, 7, 1, 0, 0)),
            new IncidentReport(ResidentId.From("rider-2"), Sentiment.Id, null, Jinpen.Id, Dispute, Instant.FromUtc(2026, 7, 1, 0, 0)),
        };
        var log = PatrolLog.Create(Ruicheng, records, reports, [Sentiment]);
        Assert.Equal(
            [("patrol.grid.unknown", "$.records[0].grid"), ("incident.post.unknown", "$.incidents[0].post"), ("incident.unroutable", "$.incidents[1]")],
            log.Rejected.Select(v => (v.Code.Value, v.Path)));
        Assert.Equal(0, log.AcceptedRecords);
    }

    [Property(MaxTest = 50)]
    public Property MonthEqualsSumOfItsDays_Holds() =>
        Prop.ForAll(
            Gen.Choose(0, 200).SelectMany(n => Gen.Choose(0, 120).ArrayOf(n)).ToArbitrary(),
            Gen.Choose(1, 12).ToArbitrary(),
            (offsets, month) =>
            {
                var grids = Ruicheng.Units.Where(u => u.Level == UnitLevel.Grid).ToList();
                var start = new LocalDate(2026, 1, 1);
                var records = offsets.Select((o, i) => Record(start.PlusDays(o * 3 % 365), grids[i % grids.Count].Id, found: (o % 4) + 1, resolved: o % 2));
                var log = PatrolLog.Create(Ruicheng, records, [], []);
                var yearMonth = new YearMonth(2026, month);
                var county = RuichengHierarchy.CountyId;
                var analysis = log.MonthlyAnalysis(county, yearMonth);
                var sumOfDays = yearMonth.ToDateInterval().Aggregate(PatrolFigures.AdditiveIdentity, (sum, day) => sum + log.DailyFigures(county, day));
                // The ISO weeks that touch the month, clipped to the month, also add up to it.
                var sumOfWeeks = yearMonth.ToDateInterval().GroupBy(d => (NodaTime.Calendars.WeekYearRules.Iso.GetWeekYear(d), NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(d)))
                    .Aggregate(PatrolFigures.AdditiveIdentity, (sum, week) => sum + log.FiguresFor(county, new DateInterval(week.First(), week.Last())));
                return analysis.Current == sumOfDays && analysis.Current == sumOfWeeks;
            });
}
