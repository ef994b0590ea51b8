using System.Globalization;
using Ruicheng.Civility;
using Ruicheng.Civility.Scoring;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads a ledger export (CSV, header <c>resident,rule,date,quantity</c>, one confirmed award or deduction per row,
/// in any order) into the columns of <see cref="ScoringLedger"/>, streaming: rows are never held as text. A row that
/// cannot be scored is rejected with its line number and reason, and counted; it is never dropped silently. One read
/// can fill columns for several scorers (a what-if): each row is parsed once and checked against each rulebook, so a
/// row one rulebook refuses may still count under the other.
/// </summary>
internal sealed class LedgerExport
{
    public static readonly string[] Columns = ["resident", "rule", "date", "quantity"];

    private const int SampleRows = 50_000;

    private readonly Dictionary<string, int> _residents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleId?> _ruleIds = new(StringComparer.Ordinal);

    private LedgerExport(IReadOnlyList<CivilityScorer> scorers) => Views = [.. scorers.Select(s => new View(s))];

    /// <summary>Resident ids by index, shared by every view: a resident with a row any rulebook accepts.</summary>
    public List<string> Residents { get; } = [];

    /// <summary>The columns and refusals under each scorer, in the order given.</summary>
    public IReadOnlyList<View> Views { get; }

    public List<int> Resident => Views[0].Resident;

    public List<int> Rule => Views[0].Rule;

    public List<int> Day => Views[0].Day;

    public List<int> Points => Views[0].Points;

    public List<(long Line, string Reason)> Rejected => Views[0].Rejected;

    /// <summary>One scorer's columns (rule indexes and points are that rulebook's) and the rows it refused.</summary>
    internal sealed class View(CivilityScorer scorer)
    {
        public CivilityScorer Scorer { get; } = scorer;

        public List<int> Resident { get; } = [];

        public List<int> Rule { get; } = [];

        public List<int> Day { get; } = [];

        public List<int> Points { get; } = [];

        public List<(long Line, string Reason)> Rejected { get; } = [];

        public void Reserve(int rows)
        {
            Resident.EnsureCapacity(rows);
            Rule.EnsureCapacity(rows);
            Day.EnsureCapacity(rows);
            Points.EnsureCapacity(rows);
        }
    }

    public static LedgerExport Read(string path, CivilityScorer scorer, Action<double>? progress) => Read(path, [scorer], progress);

    public static LedgerExport Read(string path, IReadOnlyList<CivilityScorer> scorers, Action<double>? progress)
    {
        using var reader = CsvReader.Open(path, "--entries", Columns);
        var export = new LedgerExport(scorers);
        var (residentColumn, ruleColumn, dateColumn, quantityColumn) =
            (reader.IndexOf("resident"), reader.IndexOf("rule"), reader.IndexOf("date"), reader.IndexOf("quantity"));
        long rows = 0;
        while (reader.Next())
        {
            rows++;
            if (reader.Error is { } error)
            {
                export.RejectEverywhere(reader.Line, error);
            }
            else
            {
                export.Add(reader, residentColumn, ruleColumn, dateColumn, quantityColumn);
            }

            if (rows == SampleRows)
            {
                // Size the columns once from the rows so far, rather than letting four lists double (and copy) their way up.
                var expected = (int)Math.Min(int.MaxValue, rows / Math.Max(reader.Progress, 1e-9) * 1.05);
                foreach (var view in export.Views)
                {
                    view.Reserve(expected);
                }
            }

            if (progress is not null && (rows & 0xFFFF) == 0)
            {
                progress(reader.Progress);
            }
        }

        progress?.Invoke(1);
        return export;
    }

    private void RejectEverywhere(long line, string reason)
    {
        foreach (var view in Views)
        {
            view.Rejected.Add((line, reason));
        }
    }

    private void Add(CsvReader row, int residentColumn, int ruleColumn, int dateColumn, int quantityColumn)
    {
        var line = row.Line;
        var resident = row.Text(residentColumn);
        if (!ResidentId.TryFrom(resident, out var residentId))
        {
            RejectEverywhere(line, $"resident: '{row.Shown(residentColumn)}' is not a resident id (1–64 characters without whitespace)");
            return;
        }

        if (!CsvFields.TryDate(row.Field(dateColumn), out var date))
        {
            RejectEverywhere(line, $"date: '{row.Shown(dateColumn)}' is not {CsvFields.DateRule}");
            return;
        }

        if (!CsvFields.TryDecimal(row.Field(quantityColumn), out var amount) || amount <= 0)
        {
            RejectEverywhere(line, $"quantity: '{row.Shown(quantityColumn)}' is not a positive number");
            return;
        }

        var rule = row.Text(ruleColumn);
        foreach (var view in Views)
        {
            var ruleIndex = RuleIndex(view.Scorer, rule, date);
            if (ruleIndex < 0)
            {
                view.Rejected.Add((line, $"rule: no rule '{row.Shown(ruleColumn)}' is in force on {date:uuuu-MM-dd}"));
                continue;
            }

            var pointsRule = view.Scorer.RuleAt(ruleIndex);
            if (pointsRule.Unit == Civility.Points.PointsUnit.Occurrence && decimal.Truncate(amount) != amount)
            {
                view.Rejected.Add((line, $"quantity: rule {pointsRule.Id} counts whole occurrences, not {amount}"));
                continue;
            }

            if (!CivilityLimits.TryPointsFor(pointsRule, amount, out var points))
            {
                view.Rejected.Add((line, string.Create(CultureInfo.InvariantCulture, $"quantity: {amount} × {pointsRule.Points} points is beyond the ±{CivilityLimits.MaxPointsPerEntry:N0} points one entry may carry")));
                continue;
            }

            if (!_residents.TryGetValue(residentId.Value, out var index))
            {
                index = Residents.Count;
                _residents.Add(residentId.Value, index);
                Residents.Add(residentId.Value);
            }

            view.Resident.Add(index);
            view.Rule.Add(ruleIndex);
            view.Day.Add(CivilityScorer.DayNumber(date));
            view.Points.Add((int)points);
        }
    }

    private int RuleIndex(CivilityScorer scorer, string rule, NodaTime.LocalDate date)
    {
        // Only the parsing of the rule's text is cached here; the scorer resolves the version in force.
        if (!_ruleIds.TryGetValue(rule, out var id))
        {
            id = RuleId.TryFrom(rule, out var parsed) ? parsed : null;
            _ruleIds.Add(rule, id);
        }

        return id is { } ruleId ? scorer.RuleIndexOf(ruleId, date) : -1;
    }
}
