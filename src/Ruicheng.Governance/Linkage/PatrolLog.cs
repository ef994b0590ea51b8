using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Posts;

namespace Ruicheng.Governance.Linkage;

/// <summary>
/// The accepted patrol records and routed incident reports of a hierarchy, by grid and civil day, and the
/// reports built from them: daily figures, village weekly summaries and monthly analyses (日巡查、周汇总、月研判).
/// Every rejected record is kept in <see cref="Rejected"/> with its reason.
/// </summary>
public sealed class PatrolLog
{
    private readonly GovernanceHierarchy _hierarchy;
    private readonly Dictionary<(int Grid, LocalDate Date), GridDay> _days;

    private PatrolLog(GovernanceHierarchy hierarchy, Dictionary<(int Grid, LocalDate Date), GridDay> days, ImmutableArray<RuleViolation> rejected, int acceptedRecords, int acceptedIncidents)
    {
        _hierarchy = hierarchy;
        _days = days;
        Rejected = rejected;
        AcceptedRecords = acceptedRecords;
        AcceptedIncidents = acceptedIncidents;
    }

    /// <summary>The rule id for a patrol record that names something other than a grid of the hierarchy.</summary>
    public static RuleId RecordGridCode { get; } = RuleId.From("patrol.grid.unknown");

    /// <summary>The records and reports that were not accepted, each with its path (<c>$.records[i]</c>, <c>$.incidents[i]</c>) and reason.</summary>
    public ImmutableArray<RuleViolation> Rejected { get; }

    /// <summary>How many patrol records were accepted.</summary>
    public int AcceptedRecords { get; }

    /// <summary>How many incident reports were routed and counted.</summary>
    public int AcceptedIncidents { get; }

    /// <summary>
    /// Builds a log. Patrol records must name a grid of the hierarchy; incident reports are routed with
    /// <see cref="IncidentRouting.Route"/> and counted as issues found in that grid on the civil day they were made.
    /// </summary>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <param name="records">Grid workers' daily records.</param>
    /// <param name="incidents">Post holders' incident reports.</param>
    /// <param name="posts">The posts in force; a report under any other post is rejected.</param>
    public static PatrolLog Create(GovernanceHierarchy hierarchy, IEnumerable<PatrolRecord> records, IEnumerable<IncidentReport> incidents, IEnumerable<GovernancePost> posts)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(posts);
        var knownPosts = posts.Select(p => p.Id).ToHashSet();
        var days = new Dictionary<(int, LocalDate), GridDay>();
        var rejected = ImmutableArray.CreateBuilder<RuleViolation>();
        int position = 0, acceptedRecords = 0, acceptedIncidents = 0;
        foreach (var record in records)
        {
            var grid = hierarchy.IndexOf(record.Grid);
            if (grid < 0 || hierarchy.Units[grid].Level != UnitLevel.Grid)
            {
                rejected.Add(RuleViolation.At(RecordGridCode, $"$.records[{position}].grid", $"Patrol record of {record.Worker} names '{record.Grid}', which is not a grid of this hierarchy.", record.Grid.ToString()));
            }
            else
            {
                DayOf(days, grid, record.Date).Add(record.Figures, record.IssuesFound.Select(p => KeyValuePair.Create(p.Key, (long)p.Value)));
                acceptedRecords++;
            }

            position++;
        }

        position = 0;
        foreach (var incident in incidents)
        {
            var routed = IncidentRouting.Route(hierarchy, incident);
            if (!knownPosts.Contains(incident.Post))
            {
                rejected.Add(RuleViolation.At(IncidentRouting.UnknownPostCode, $"$.incidents[{position}].post", $"Post '{incident.Post}' is not a governance post of the rulebook.", incident.Post.ToString()));
            }
            else if (routed.IsFailure)
            {
                var reason = routed.FirstViolation;
                rejected.Add(RuleViolation.At(reason.Code, $"$.incidents[{position}]", reason.Message));
            }
            else
            {
                var date = CivilTime.DateOf(incident.ReportedAt);
                DayOf(days, hierarchy.IndexOf(routed.Value.Id), date).Add(new PatrolFigures(0, 1, 0, 0, 1), [KeyValuePair.Create(incident.Category, 1L)]);
                acceptedIncidents++;
            }

            position++;
        }

        return new PatrolLog(hierarchy, days, rejected.ToImmutable(), acceptedRecords, acceptedIncidents);
    }

    /// <summary>The figures of a unit (rolled up over its grids) for a span of civil days.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="days">The days, inclusive.</param>
    /// <exception cref="KeyNotFoundException">The unit is not in the hierarchy.</exception>
    public PatrolFigures FiguresFor(UnitId unit, DateInterval days) => RollupFor(days).TotalOf(unit);

    /// <summary>The figures of a unit for one day (日巡查).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="date">The civil date.</param>
    public PatrolFigures DailyFigures(UnitId unit, LocalDate date) => FiguresFor(unit, new DateInterval(date, date));

    /// <summary>The village weekly summary (周汇总) for an ISO week, with the trend against the week before.</summary>
    /// <param name="unit">The village or community (any unit is accepted).</param>
    /// <param name="weekYear">The ISO week-year.</param>
    /// <param name="week">The ISO week, 1–53.</param>
    /// <exception cref="ArgumentOutOfRangeException">The week does not exist in that week-year.</exception>
    public LinkageReport WeeklySummary(UnitId unit, int weekYear, int week)
    {
        var monday = WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday, CalendarSystem.Iso);
        var current = new DateInterval(monday, monday.PlusDays(6));
        var previous = new DateInterval(monday.PlusDays(-7), monday.PlusDays(-1));
        return Report(unit, LinkagePeriodKind.Week, string.Create(CultureInfo.InvariantCulture, $"{weekYear}-W{week:00}"), current, previous);
    }

    /// <summary>The monthly analysis (月研判) of a township or the county, with the trend against the month before.</summary>
    /// <param name="unit">The township or county (any unit is accepted).</param>
    /// <param name="month">The calendar month.</param>
    public LinkageReport MonthlyAnalysis(UnitId unit, YearMonth month)
    {
        var previous = month.PlusMonths(-1);
        return Report(unit, LinkagePeriodKind.Month, month.ToString("uuuu-MM", CultureInfo.InvariantCulture), month.ToDateInterval(), previous.ToDateInterval());
    }

    private LinkageReport Report(UnitId unitId, LinkagePeriodKind kind, string label, DateInterval current, DateInterval previous)
    {
        var unit = _hierarchy[unitId];
        var now = RollupFor(current);
        var before = RollupFor(previous);
        var rising = _hierarchy.DescendantsOf(unitId)
            .Select(u => new OpenIssueChange(u, before.TotalOf(u.Id).OpenIssues, now.TotalOf(u.Id).OpenIssues))
            .Where(c => c.Change > 0)
            .OrderByDescending(c => c.Change)
            .ThenBy(c => c.Unit.Code)
            .ToImmutableArray();
        var index = _hierarchy.IndexOf(unitId);
        var categories = ImmutableSortedDictionary.CreateBuilder<IssueCategory, long>();
        foreach (var ((grid, date), day) in _days)
        {
            if (current.Contains(date) && _hierarchy.IsWithinIndex(grid, index))
            {
                foreach (var (category, count) in day.Categories)
                {
                    categories[category] = categories.GetValueOrDefault(category) + count;
                }
            }
        }

        return new LinkageReport(unit, _hierarchy.PathOf(unitId), kind, label, current, now.TotalOf(unitId), before.TotalOf(unitId), categories.ToImmutable(), rising);
    }

    private UnitRollup<PatrolFigures> RollupFor(DateInterval days)
    {
        ArgumentNullException.ThrowIfNull(days);
        // Days are keyed by unit index already, so the figures go straight into the roll-up's per-unit array.
        var own = new PatrolFigures[_hierarchy.UnitCount];
        foreach (var ((grid, date), day) in _days)
        {
            if (days.Contains(date))
            {
                own[grid] += day.Figures;
            }
        }

        return new UnitRollup<PatrolFigures>(_hierarchy, own);
    }

    private static GridDay DayOf(Dictionary<(int, LocalDate), GridDay> days, int grid, LocalDate date)
    {
        if (!days.TryGetValue((grid, date), out var day))
        {
            day = new GridDay();
            days.Add((grid, date), day);
        }

        return day;
    }

    private sealed class GridDay
    {
        public PatrolFigures Figures { get; private set; }

        public Dictionary<IssueCategory, long> Categories { get; } = [];

        public void Add(PatrolFigures figures, IEnumerable<KeyValuePair<IssueCategory, long>> categories)
        {
            Figures += figures;
            foreach (var (category, count) in categories)
            {
                Categories[category] = Categories.GetValueOrDefault(category) + count;
            }
        }
    }
}
