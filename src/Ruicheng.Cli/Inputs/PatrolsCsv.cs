using Ruicheng.Cli.Infrastructure;
using Ruicheng.Governance.Linkage;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads grid workers' patrol records (巡查记录), CSV header <c>date,grid,worker,visits,category,found,resolved,referred</c>:
/// one record per row, its issues found all of one category (write several rows for several categories; the visits
/// of a row add to the day's visits). Counts are whole numbers ≥ 0 and resolved + referred ≤ found. A bad row is
/// rejected with its line (<c>patrol.row</c>); the rest is read.
/// </summary>
internal static class PatrolsCsv
{
    private static readonly string[] Columns = ["date", "grid", "worker", "visits", "category", "found", "resolved", "referred"];

    public static RuleId RowRule { get; } = RuleId.From("patrol.row");

    public static (List<PatrolRecord> Records, List<long> Lines, List<RuleViolation> Rejected) Read(string path)
    {
        using var reader = CsvReader.Open(path, "--log", Columns);
        var c = Columns.Select(reader.IndexOf).ToArray();
        var records = new List<PatrolRecord>();
        var lines = new List<long>();
        var rejected = new List<RuleViolation>();
        while (reader.Next())
        {
            var place = $"line {reader.Line}";
            if (reader.Error is { } error)
            {
                rejected.Add(RuleViolation.At(RowRule, place, error));
                continue;
            }

            var problem = Parse(reader, c, out var record);
            if (problem is not null)
            {
                rejected.Add(RuleViolation.At(RowRule, place, problem));
            }
            else
            {
                records.Add(record!);
                lines.Add(reader.Line);
            }
        }

        return (records, lines, rejected);
    }

    private static string? Parse(CsvReader row, int[] c, out PatrolRecord? record)
    {
        record = null;
        if (!CsvFields.TryDate(row.Field(c[0]), out var date))
        {
            return $"date: '{row.Shown(c[0])}' is not {CsvFields.DateRule}";
        }

        if (!UnitId.TryFrom(row.Text(c[1]), out var grid))
        {
            return $"grid: '{row.Shown(c[1])}' is not a unit id";
        }

        if (!ResidentId.TryFrom(row.Text(c[2]), out var worker))
        {
            return $"worker: '{row.Shown(c[2])}' is not a resident id";
        }

        if (!IssueCategory.TryFrom(row.Text(c[4]), out var category))
        {
            return $"category: '{row.Shown(c[4])}' is not an issue category id";
        }

        var counts = new int[4];
        foreach (var (column, index) in new[] { (c[3], 0), (c[5], 1), (c[6], 2), (c[7], 3) })
        {
            if (!CsvFields.TryDecimal(row.Field(column), out var value) || value < 0 || value > 100_000 || decimal.Truncate(value) != value)
            {
                return $"{Columns[Array.IndexOf(c, column)]}: '{row.Shown(column)}' is not a whole number from 0 to 100,000";
            }

            counts[index] = (int)value;
        }

        if (counts[2] + counts[3] > counts[1])
        {
            return $"resolved {counts[2]} + referred {counts[3]} exceed the {counts[1]} issue(s) found";
        }

        record = PatrolRecord.Create(date, grid, worker, counts[0], [KeyValuePair.Create(category, counts[1])], counts[2], counts[3]);
        return null;
    }
}
