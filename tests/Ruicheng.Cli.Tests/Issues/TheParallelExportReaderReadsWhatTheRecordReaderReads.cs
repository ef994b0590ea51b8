using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 19: the parallel block reader of <c>ruicheng score</c> and <c>whatif civility</c> gives exactly what the
/// one-pass record reader gave before it — the same residents, the same rejected rows (line and reason, in line order)
/// and the same entries per resident in the same order, under each of two rulebooks — on generated exports full of
/// bad rows, read in blocks small enough that every file crosses many block edges.
/// </summary>
public sealed class TheParallelExportReaderReadsWhatTheRecordReaderReads : IDisposable
{
    private static readonly LocalDate AsOf = new(2026, 6, 30);
    private static readonly CivilityScorer[] Scorers =
    [
        new(CivilityRulebookFile.Load(File.ReadAllText(Sample("civility-rulebook.json"))).Value),
        new(CivilityRulebookFile.Load(File.ReadAllText(Sample("civility-rulebook-proposed.json"))).Value),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Property(MaxTest = 60)]
    public Property GeneratedExports_ReadAlike_InBlocksOfAnySize() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements(64, 200, 1024, 1 << 20).ToArbitrary(), (seed, blockBytes) =>
        {
            var path = Path.Combine(_folder, $"export-{seed}.csv");
            File.WriteAllBytes(path, GenerateExport(new Random(seed)));
            var expected = Reference.Read(path);
            var actual = LedgerExport.Read(path, Scorers, null, blockBytes);
            Assert.Equal(expected.Residents, actual.Residents);
            for (var v = 0; v < Scorers.Length; v++)
            {
                Assert.Equal(expected.Rejected[v], actual.Views[v].Rejected);
                Assert.Equal(expected.Entries[v].Sum(e => e.Count), actual.Views[v].EntryCount);
                var ledger = actual.Views[v].Build(actual.Residents.Count);
                var reference = expected.Ledger(v);
                for (var r = 0; r < actual.Residents.Count; r++)
                {
                    var mine = Scorers[v].ExplainResident(ledger, r, actual.Residents[r], AsOf, []);
                    var theirs = Scorers[v].ExplainResident(reference, r, actual.Residents[r], AsOf, []);
                    Assert.Equal(theirs.Value.Score, mine.Value.Score);
                    Assert.Equal(theirs.Explanation.Steps.Select(s => s.Summary), mine.Explanation.Steps.Select(s => s.Summary));
                }
            }
        });

    [Fact]
    public void DayNumbers_AreNodaTimes_AndBadDatesAreRefusedAlike()
    {
        for (var date = new LocalDate(1899, 12, 25); date <= new LocalDate(2200, 1, 5); date = date.PlusDays(1))
        {
            var text = Encoding.ASCII.GetBytes(date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            Assert.Equal(CsvFields.TryDate(text, out var parsed), LedgerExportRules.TryDay(text, out var day));
            if (CivilTime.IsSupported(date))
            {
                Assert.Equal(CivilityScorer.DayNumber(parsed), day);
            }
        }

        foreach (var bad in new[] { "2026-02-29", "2024-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026/01/01", "26-01-01", "2026-1-01", "２０２６-01-01", "2026-01-0a", "1899-12-31", "2200-01-01", "0000-01-01" })
        {
            var bytes = Encoding.UTF8.GetBytes(bad);
            Assert.Equal(CsvFields.TryDate(bytes, out _), LedgerExportRules.TryDay(bytes, out _));
        }
    }

    /// <summary>An export with a mix of good rows and every kind of bad one, LF or CRLF, sometimes with quotes or lone CRs (both read by the record reader).</summary>
    private static byte[] GenerateExport(Random random)
    {
        var crlf = random.Next(4) == 0;
        var quotes = random.Next(5) == 0;
        var loneCarriageReturns = random.Next(5) == 0;
        var extraColumn = random.Next(4) == 0;
        var rules = Scorers.SelectMany(s => Enumerable.Range(0, s.RuleCount).Select(i => s.RuleAt(i).Id.Value)).Distinct().Concat(["no-such-rule", "bad rule", ""]).ToArray();
        var residents = Enumerable.Range(0, 1 + random.Next(30)).Select(i => i % 7 == 6 ? $"村民-{i}" : $"R-{i}").Concat([" R-x", "R y", new string('R', 65), "村" + new string('民', 64)]).ToArray();
        string[] quantities = ["1", "1", "2", "3", "0", "-1", "1.5", "2.0", "abc", "1e3", "999999999", "0001", "0.5", " 1", "100000"];
        var lines = new List<string> { extraColumn ? "date,note,resident,quantity,rule" : "resident,rule,date,quantity" };
        var rows = random.Next(0, 120);
        for (var i = 0; i < rows; i++)
        {
            var kind = random.Next(36);
            var date = kind == 0
                ? new[] { "2026-02-30", "2026-13-01", "1899-12-31", "2026/01/01", "x" }[random.Next(5)]
                : new LocalDate(2023, 1, 1).PlusDays(random.Next(1400)).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            var (resident, rule, quantity) = (residents[random.Next(residents.Length)], rules[random.Next(rules.Length)], quantities[random.Next(quantities.Length)]);
            lines.Add(kind switch
            {
                1 => string.Empty,
                2 => "   ",
                3 => "a,b",
                4 => $"{resident},{rule},{date},{quantity},extra",
                5 when quotes => $"\"{resident}\",{rule},{date},{quantity}",
                6 when quotes => $"\"{resident}\nR-continued\",{rule},{date},{quantity}",
                7 when loneCarriageReturns => $"{resident}\r,{rule},{date},{quantity}",
                8 => "\t \t",
                9 => ",,,",
                10 => $"{resident},{rule},{date},",
                11 => $"{resident},{rule},{date},{quantity} ",
                12 => $"{resident},,{date},{quantity}",
                _ => extraColumn ? $"{date},n{i},{resident},{quantity},{rule}" : $"{resident},{rule},{date},{quantity}",
            });
        }

        // Now and then a file whose header ends in CRLF and whose rows end in LF.
        var text = random.Next(8) == 0
            ? lines[0] + "\r\n" + string.Join("\n", lines.Skip(1))
            : string.Join(crlf ? "\r\n" : "\n", lines) + (random.Next(2) == 0 ? (crlf ? "\r\n" : "\n") : string.Empty);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The reader as it was before issue 19: one record at a time through <see cref="CsvReader"/>, every field as text.</summary>
    private sealed class Reference
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<string> Residents { get; } = [];

        public List<(long Line, string Reason)>[] Rejected { get; } = [[], []];

        public List<List<(int Resident, int Rule, int Day, int Points)>>[] Entries { get; } = [[], []];

        public static Reference Read(string path)
        {
            var reference = new Reference();
            using (var reader = CsvReader.Open(path, "--entries", LedgerExport.Columns))
            {
                while (reader.Next())
                {
                    if (reader.Error is { } error)
                    {
                        reference.RejectEverywhere(reader.Line, error);
                    }
                    else
                    {
                        reference.Add(reader, reader.IndexOf("resident"), reader.IndexOf("rule"), reader.IndexOf("date"), reader.IndexOf("quantity"));
                    }
                }
            }

            // Residents in ordinal order of their ids, as the tool numbers them.
            var sorted = reference._index.Keys.Order(StringComparer.Ordinal).ToList();
            var renumber = reference._index.ToDictionary(p => p.Value, p => sorted.IndexOf(p.Key));
            reference.Residents.AddRange(sorted);
            for (var v = 0; v < 2; v++)
            {
                var flat = reference.Entries[v].SelectMany(e => e).Select(e => (Resident: renumber[e.Resident], e.Rule, e.Day, e.Points)).ToList();
                reference.Entries[v] = [flat];
            }

            return reference;
        }

        public ScoringLedger Ledger(int view)
        {
            var entries = Entries[view].SelectMany(e => e).ToArray();
            return ScoringLedger.FromUnsorted(Residents.Count, entries.Select(e => e.Resident).ToArray(), entries.Select(e => e.Rule).ToArray(), entries.Select(e => e.Day).ToArray(), entries.Select(e => e.Points).ToArray());
        }

        private void RejectEverywhere(long line, string reason)
        {
            Rejected[0].Add((line, reason));
            Rejected[1].Add((line, reason));
        }

        private void Add(CsvReader row, int residentColumn, int ruleColumn, int dateColumn, int quantityColumn)
        {
            var line = row.Line;
            if (!ResidentId.TryFrom(row.Text(residentColumn), out var residentId))
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

            for (var v = 0; v < 2; v++)
            {
                var scorer = Scorers[v];
                var ruleIndex = RuleId.TryFrom(row.Text(ruleColumn), out var ruleId) ? scorer.RuleIndexOf(ruleId, date) : -1;
                if (ruleIndex < 0)
                {
                    Rejected[v].Add((line, $"rule: no rule '{row.Shown(ruleColumn)}' is in force on {date:uuuu-MM-dd}"));
                    continue;
                }

                var pointsRule = scorer.RuleAt(ruleIndex);
                if (pointsRule.Unit == PointsUnit.Occurrence && decimal.Truncate(amount) != amount)
                {
                    Rejected[v].Add((line, $"quantity: rule {pointsRule.Id} counts whole occurrences, not {amount}"));
                    continue;
                }

                if (!CivilityLimits.TryPointsFor(pointsRule, amount, out var points))
                {
                    Rejected[v].Add((line, string.Create(CultureInfo.InvariantCulture, $"quantity: {amount} × {pointsRule.Points} points is beyond the ±{CivilityLimits.MaxPointsPerEntry:N0} points one entry may carry")));
                    continue;
                }

                if (!_index.TryGetValue(residentId.Value, out var index))
                {
                    index = _index.Count;
                    _index.Add(residentId.Value, index);
                }

                if (Entries[v].Count == 0)
                {
                    Entries[v].Add([]);
                }

                Entries[v][0].Add((index, ruleIndex, CivilityScorer.DayNumber(date), (int)points));
            }
        }
    }
}
