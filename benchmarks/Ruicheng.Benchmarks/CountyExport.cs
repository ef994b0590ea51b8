using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using NodaTime;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Benchmarks;

/// <summary>
/// The process-level peer benchmark of issue 19 (run by <c>benchmarks/peer-duckdb.sh</c>): <c>export</c> writes the
/// county workload as a ledger export file and its rulebook, <c>duckdb</c> scores such a file with DuckDB and the
/// equivalent SQL, writing <c>resident,score,tier</c> in the tool's form so that the two outputs can be compared
/// byte for byte.
/// </summary>
internal static class CountyExport
{
    public const int Seed = 20261129;
    public const int EntriesPerResident = 50;

    /// <summary><c>export ROWS FOLDER</c>: writes FOLDER/entries-ROWS.csv (time-ordered) and FOLDER/rulebook.json.</summary>
    public static int Write(long rows, string folder)
    {
        var residents = (int)(rows / EntriesPerResident);
        var rules = ScoringWorkload.Create(1, 1, Seed);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "rulebook.json"), ScoringWorkload.RulebookJson(rules.RulePoints, rules.RuleCategory));

        // Every entry as one sortable key: day, then resident, then rule; sorted, that is a time-ordered export in
        // which each resident's entries come in canonical order.
        var random = new Random(Seed);
        var firstDay = CivilityScorer.DayNumber(ScoringWorkload.AsOf.PlusMonths(-30));
        var lastDay = CivilityScorer.DayNumber(ScoringWorkload.AsOf);
        var keys = new long[(long)residents * EntriesPerResident];
        for (long i = 0; i < keys.LongLength; i++)
        {
            var day = random.Next(firstDay, lastDay + 1) - firstDay;
            keys[i] = ((long)day << 40) | ((i / EntriesPerResident) << 8) | (uint)random.Next(ScoringWorkload.RuleCount);
        }

        Array.Sort(keys);
        var dates = Enumerable.Range(firstDay, lastDay - firstDay + 1).Select(d => CivilityScorer.DateOf(d).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var path = Path.Combine(folder, $"entries-{rows}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("resident,rule,date,quantity\n");
        var line = new StringBuilder(64);
        foreach (var key in keys)
        {
            line.Clear().Append("R-").Append(((key >> 8) & 0xFFFFFFFF).ToString("D7", CultureInfo.InvariantCulture))
                .Append(",r").Append((key & 0xFF).ToString("00", CultureInfo.InvariantCulture))
                .Append(',').Append(dates[(int)(key >> 40)]).Append(",1\n");
            writer.Write(line);
        }

        Console.WriteLine($"wrote {path} ({keys.LongLength:N0} rows, {residents:N0} residents)");
        return 0;
    }

    /// <summary>
    /// <c>duckdb ENTRIES RULEBOOK-FOLDER OUT THREADS</c>: the same scoring as SQL. A positive entry counts
    /// <c>min(30, S) − min(30, S − p)</c>, where S is the running sum of positive points in its category and month up to
    /// and including it in canonical order (day, rule, points) — exactly the capped running total the library keeps —
    /// a deduction counts in full; points dated before the 24-month window expire; score = 1000 + what counts.
    /// </summary>
    public static int Score(string entries, string output, int threads)
    {
        var rules = ScoringWorkload.Create(1, 1, Seed);
        var asOf = ScoringWorkload.AsOf;
        var windowStart = asOf.PlusMonths(-24).PlusDays(1);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, $"SET threads TO {threads}");
        var values = string.Join(",", Enumerable.Range(0, ScoringWorkload.RuleCount).Select(r => string.Create(CultureInfo.InvariantCulture, $"('r{r:00}', {rules.RuleCategory[r]}, {rules.RulePoints[r]})")));
        Execute(connection, $"CREATE TABLE rules AS SELECT * FROM (VALUES {values}) t(rule, category, points)");
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $$"""
            WITH e AS (
                SELECT x.resident, x.rule, x.date AS day, r.category, r.points * x.quantity AS p
                FROM read_csv('{{entries.Replace("'", "''", StringComparison.Ordinal)}}', header = true,
                    columns = {'resident': 'VARCHAR', 'rule': 'VARCHAR', 'date': 'DATE', 'quantity': 'INTEGER'}) x
                JOIN rules r ON r.rule = x.rule
                WHERE x.date <= DATE '{{asOf:uuuu-MM-dd}}'
            ),
            c AS (
                SELECT resident, day,
                    CASE WHEN p > 0 THEN LEAST(30, SUM(p) OVER w) - LEAST(30, SUM(p) OVER w - p) ELSE p END AS counted
                FROM e
                WINDOW w AS (PARTITION BY resident, category, date_trunc('month', day), p > 0
                             ORDER BY day, rule, p ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
            ),
            s AS (
                SELECT resident, CAST(1000 + COALESCE(SUM(counted) FILTER (WHERE day >= DATE '{{windowStart:uuuu-MM-dd}}'), 0) AS BIGINT) AS score
                FROM c GROUP BY resident
            )
            SELECT resident, score,
                CASE WHEN score >= 1050 THEN 'AAA' WHEN score >= 1030 THEN 'AA' WHEN score >= 960 THEN 'A'
                     WHEN score >= 850 THEN 'B' WHEN score >= 600 THEN 'C' ELSE 'D' END AS tier
            FROM s ORDER BY resident
            """);
        using var reader = command.ExecuteReader();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("resident,score,tier\n");
        while (reader.Read())
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)},{Convert.ToInt64(reader.GetInt64(1), CultureInfo.InvariantCulture)},{reader.GetString(2)}\n"));
        }

        return 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
