using System.Globalization;
using nietras.SeparatedValues;
using NodaTime.Text;
using Ruicheng.Civility.Scoring;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads a ledger export (CSV, header <c>resident,rule,date,quantity</c>, one confirmed award or deduction per row,
/// in any order) into the columns of <see cref="ScoringLedger"/>, streaming: rows are never held as text. A row that
/// cannot be scored is rejected with its line number and reason, and counted; it is never dropped silently.
/// </summary>
internal sealed class LedgerExport
{
    public static readonly string[] Columns = ["resident", "rule", "date", "quantity"];

    private const int SampleRows = 50_000;

    private readonly Dictionary<string, int> _residents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleId?> _ruleIds = new(StringComparer.Ordinal);

    public List<string> Residents { get; } = [];

    public List<int> Resident { get; } = [];

    public List<int> Rule { get; } = [];

    public List<int> Day { get; } = [];

    public List<int> Points { get; } = [];

    public List<(long Line, string Reason)> Rejected { get; } = [];

    public static LedgerExport Read(string path, CivilityScorer scorer, Action<double>? progress)
    {
        if (!File.Exists(path))
        {
            throw UnusableInputException.At(path, "-", "--entries: file not found");
        }

        using var stream = File.OpenRead(path);
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(stream);
        foreach (var column in Columns)
        {
            if (!reader.Header.TryIndexOf(column, out _))
            {
                throw UnusableInputException.At(path, "line 1", $"missing column '{column}' (expected header {string.Join(',', Columns)})");
            }
        }

        var export = new LedgerExport();
        var (residentColumn, ruleColumn, dateColumn, quantityColumn) =
            (reader.Header.IndexOf("resident"), reader.Header.IndexOf("rule"), reader.Header.IndexOf("date"), reader.Header.IndexOf("quantity"));
        long line = 1;
        foreach (var row in reader)
        {
            line++;
            export.Add(scorer, line, row[residentColumn].Span, row[ruleColumn].Span, row[dateColumn].Span, row[quantityColumn].Span);
            if (line == SampleRows)
            {
                // Size the columns once from the rows so far, rather than letting four lists double (and copy) their way up.
                export.Reserve((int)Math.Min(int.MaxValue, stream.Length / Math.Max(1, stream.Position / SampleRows) * 21 / 20));
            }

            if (progress is not null && (line & 0xFFFF) == 0)
            {
                progress(stream.Length == 0 ? 1 : stream.Position / (double)stream.Length);
            }
        }

        progress?.Invoke(1);
        return export;
    }

    private void Reserve(int rows)
    {
        Resident.EnsureCapacity(rows);
        Rule.EnsureCapacity(rows);
        Day.EnsureCapacity(rows);
        Points.EnsureCapacity(rows);
    }

    private void Add(CivilityScorer scorer, long line, ReadOnlySpan<char> resident, ReadOnlySpan<char> rule, ReadOnlySpan<char> date, ReadOnlySpan<char> quantity)
    {
        if (!ResidentId.TryFrom(resident.ToString(), out var residentId))
        {
            Rejected.Add((line, $"resident: '{resident}' is not a resident id"));
            return;
        }

        var parsedDate = LocalDatePattern.Iso.Parse(date.ToString());
        if (!parsedDate.Success)
        {
            Rejected.Add((line, $"date: '{date}' is not a date (yyyy-MM-dd)"));
            return;
        }

        if (!decimal.TryParse(quantity, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            Rejected.Add((line, $"quantity: '{quantity}' is not a positive number"));
            return;
        }

        var ruleIndex = RuleIndex(scorer, rule.ToString(), parsedDate.Value);
        if (ruleIndex < 0)
        {
            Rejected.Add((line, $"rule: no rule '{rule}' is in force on {parsedDate.Value:uuuu-MM-dd}"));
            return;
        }

        var pointsRule = scorer.RuleAt(ruleIndex);
        if (pointsRule.Unit == Civility.Points.PointsUnit.Occurrence && decimal.Truncate(amount) != amount)
        {
            Rejected.Add((line, $"quantity: rule {pointsRule.Id} counts whole occurrences, not {amount}"));
            return;
        }

        if (!_residents.TryGetValue(residentId.Value, out var index))
        {
            index = Residents.Count;
            _residents.Add(residentId.Value, index);
            Residents.Add(residentId.Value);
        }

        Resident.Add(index);
        Rule.Add(ruleIndex);
        Day.Add(CivilityScorer.DayNumber(parsedDate.Value));
        Points.Add(checked((int)pointsRule.PointsFor(amount)));
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
