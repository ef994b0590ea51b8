using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Rulebooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>
/// <c>ruicheng patrol</c>: grid patrol records rolled up the hierarchy (三级联动) for an ISO week (村周汇总) or a month
/// (乡月研判), with the trend against the period before and the units whose open issues rose.
/// </summary>
internal sealed partial class PatrolCommand(IAnsiConsole console) : Command<PatrolCommand.Settings>
{
    internal sealed partial class Settings : JsonSettings
    {
        [CommandOption("--log <FILE>")]
        [Description("Required. Patrol records: CSV with header date,grid,worker,visits,category,found,resolved,referred.")]
        public string Log { get; init; } = string.Empty;

        [CommandOption("--week <WEEK>")]
        [Description("An ISO week, e.g. 2026-W40 (Monday to Sunday, Asia/Shanghai). Give --week or --month.")]
        public string? Week { get; init; }

        [CommandOption("--month <MONTH>")]
        [Description("A month, e.g. 2026-10. Give --week or --month.")]
        public string? Month { get; init; }

        [CommandOption("--unit <UNIT>")]
        [Description("The unit to report on (id, name or division code). Default: the county.")]
        public string? Unit { get; init; }

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid :
            (Week is null) == (Month is null)
                ? ValidationResult.Error("give exactly one of --week and --month")
                : RequiredOptions.Check(("--log", Log));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var hierarchy = RuichengHierarchy.Load();
        var rulebook = GovernanceRulebookFile.LoadRuicheng();
        var unit = settings.Unit is null ? hierarchy.County : HierarchyCommand.Find(hierarchy, settings.Unit)
            ?? throw new UnusableInputException($"--unit: no unit with the name, id or division code '{settings.Unit}'");
        var (records, lines, rejected) = PatrolsCsv.Read(settings.Log);

        // Rows whose category the rulebook does not define are rejected with their line, like any other bad row.
        var categories = rulebook.IssueCategories.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);
        var kept = new List<PatrolRecord>();
        var keptLines = new List<long>();
        for (var i = 0; i < records.Count; i++)
        {
            var category = records[i].IssuesFound.Keys.First();
            if (records[i].IssuesFound.Values.First() > 0 && !categories.Contains(category.Value))
            {
                rejected.Add(RuleViolation.At(PatrolsCsv.RowRule, $"line {lines[i]}", $"category: '{category}' is not an issue category of the rulebook ({string.Join(", ", categories.Order(StringComparer.Ordinal))})"));
                continue;
            }

            kept.Add(records[i]);
            keptLines.Add(lines[i]);
        }

        var log = PatrolLog.Create(hierarchy, kept, [], rulebook.Posts);
        rejected.AddRange(log.Rejected.Select(v => RuleViolation.At(v.Code, $"line {keptLines[RecordIndex(v.Path)]}", v.Message, v.AttemptedValue)));
        rejected.Sort((a, b) => LineOf(a.Path).CompareTo(LineOf(b.Path)));
        var report = settings.Week is { } week ? Weekly(log, unit, week) : Monthly(log, unit, settings.Month!);
        if (settings.Json)
        {
            Output.Json(console, new
            {
                unit = report.Unit.Id.Value,
                path = report.Path,
                period = report.Label,
                from = report.Period.Start,
                to = report.Period.End,
                current = Figures(report.Current),
                previous = Figures(report.Previous),
                openIssuesChange = report.OpenIssuesChange,
                issuesByCategory = report.IssuesByCategory.ToDictionary(p => p.Key.Value, p => p.Value),
                risingUnits = report.RisingUnits.Select(r => new { unit = r.Unit.Id.Value, name = r.Unit.Name, previous = r.Previous, current = r.Current, change = r.Change }),
                records = log.AcceptedRecords,
                rejected = rejected.Select(Output.ViolationShape),
            });
        }
        else
        {
            var table = new Table().Title(Texts.Say(settings.Culture, "cli.patrol.title", ("path", report.Path), ("label", report.Label), ("from", report.Period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), ("to", report.Period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))))
                .AddColumns(string.Empty, Texts.Plain(settings.Culture, "cli.column.this-period"), Texts.Plain(settings.Culture, "cli.column.period-before"));
            table.AddRow("visits", report.Current.Visits.ToString(CultureInfo.InvariantCulture), report.Previous.Visits.ToString(CultureInfo.InvariantCulture));
            table.AddRow("issues found", report.Current.IssuesFound.ToString(CultureInfo.InvariantCulture), report.Previous.IssuesFound.ToString(CultureInfo.InvariantCulture));
            table.AddRow("resolved on the spot", report.Current.ResolvedOnSpot.ToString(CultureInfo.InvariantCulture), report.Previous.ResolvedOnSpot.ToString(CultureInfo.InvariantCulture));
            table.AddRow("referred up", report.Current.ReferredUp.ToString(CultureInfo.InvariantCulture), report.Previous.ReferredUp.ToString(CultureInfo.InvariantCulture));
            table.AddRow("open", report.Current.OpenIssues.ToString(CultureInfo.InvariantCulture), report.Previous.OpenIssues.ToString(CultureInfo.InvariantCulture));
            console.Write(table);
            var rising = new Table().Title(Texts.Say(settings.Culture, "cli.patrol.rising")).AddColumns(Texts.Plain(settings.Culture, "cli.column.unit"), Texts.Plain(settings.Culture, "cli.column.before"), Texts.Plain(settings.Culture, "cli.column.now"), Texts.Plain(settings.Culture, "cli.column.change"));
            foreach (var r in report.RisingUnits)
            {
                rising.AddRow(Markup.Escape(r.Unit.Name), r.Previous.ToString(CultureInfo.InvariantCulture), r.Current.ToString(CultureInfo.InvariantCulture), $"+{r.Change}");
            }

            console.Write(rising);
            if (rejected.Count > 0)
            {
                Output.Violations(console, settings.Log, rejected, settings.Culture);
            }
        }

        return rejected.Count > 0 ? ExitCodes.RulesBroken : ExitCodes.Success;
    }

    private static object Figures(PatrolFigures f) => new { visits = f.Visits, issuesFound = f.IssuesFound, resolvedOnSpot = f.ResolvedOnSpot, referredUp = f.ReferredUp, open = f.OpenIssues };

    private static LinkageReport Weekly(PatrolLog log, AdministrativeUnit unit, string week)
    {
        var match = IsoWeek().Match(week);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var year) || !int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var number)
            || year < CivilTime.EarliestDate.Year || year > CivilTime.LatestDate.Year || number < 1 || number > WeekYearRules.Iso.GetWeeksInWeekYear(year))
        {
            throw new UnusableInputException($"--week: '{week}' is not an ISO week such as 2026-W40");
        }

        return log.WeeklySummary(unit.Id, year, number);
    }

    private static LinkageReport Monthly(PatrolLog log, AdministrativeUnit unit, string month)
    {
        var parsed = NodaTime.Text.YearMonthPattern.Iso.Parse(month);
        if (!parsed.Success || parsed.Value.Year < CivilTime.EarliestDate.Year || parsed.Value.Year > CivilTime.LatestDate.Year)
        {
            throw new UnusableInputException($"--month: '{month}' is not a month such as 2026-10");
        }

        return log.MonthlyAnalysis(unit.Id, parsed.Value);
    }

    private static int RecordIndex(string path) => int.Parse(RecordPath().Match(path).Groups[1].Value, CultureInfo.InvariantCulture);

    private static long LineOf(string path) => long.Parse(path.AsSpan(5), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex IsoWeek();

    [GeneratedRegex(@"records\[(\d+)\]")]
    private static partial Regex RecordPath();
}
