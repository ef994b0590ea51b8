using System.Text;
using System.Text.Json;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 18 (the tool): 54 of 116 bad inputs ended in a stack trace and exit 134 (Sep's exceptions for a missing or
/// extra column, a blank line, a stray or unterminated quote, a duplicate header; a date of 9999-12-31; a quantity
/// that overflows; units with 10+ significant digits; a measure that overflows its roll-up; crashing rulebooks
/// through <c>validate</c>); GBK-encoded ids were merged into one; ids with a comma were written unquoted; 22 rows
/// went unreported. Every case here exits 0, 1 or 2 with a report, and every bad row is named by its physical line.
/// </summary>
public sealed class ToolNeverCrashesAndNeverDropsARow : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-robust-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (long Line, string Reason)[] Rejected(JsonElement summary) =>
        summary.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt64(), r.GetProperty("reason").GetString()!)).ToArray();

    private (int Exit, JsonElement Summary) Score(string entries, params string[] more)
    {
        var (exit, output) = Run(["score", "--entries", entries, "--as-of", "2026-06-30", "--json", .. more]);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        using var document = JsonDocument.Parse(last);
        return (exit, document.RootElement.Clone());
    }

    [Fact]
    public void MalformedRows_AreRejectedByPhysicalLine_AndEveryOtherRowIsScored()
    {
        var entries = Write("e.csv", string.Join('\n',
            "resident,rule,date,quantity",
            "R1,security-patrol,2026-06-01,1",               // 2 good
            "R2,security-patrol,2026-06-01",                 // 3 missing column
            "R3,security-patrol,2026-06-01,1,extra",         // 4 extra column
            "",                                              // 5 blank line
            "\"R4,security-patrol,2026-06-01,1",             // 6 a quote that closes on the next line, then text
            "R5,secu\"rity-patrol,2026-06-01,1",             // 7 stray quote
            "\"R6\"x,security-patrol,2026-06-01,1",          // 8 text after a closing quote
            "\"R7\nstill R7\",security-patrol,2026-06-01,1", // 9–10 a quoted line break: an id with whitespace
            "R8,security-patrol,9999-12-31,1",               // 11 beyond the calendar
            "R9,security-patrol,2026-06-01,79228162514264337593543950335", // 12 quantity overflows
            "R10,security-patrol,2026-06-01,1000000",        // 13 beyond the points one entry may carry
            "R11,security-patrol,2026-06-01,1") + "\n");     // 14 good
        var (exit, summary) = Score(entries);
        Assert.Equal(1, exit);
        Assert.Equal([3L, 4, 5, 6, 7, 8, 9, 11, 12, 13], Rejected(summary).Select(r => r.Line));
        Assert.Equal(2, summary.GetProperty("residents").GetInt32());
        Assert.Equal(2, summary.GetProperty("entries").GetInt32());
        Assert.Contains("3 field(s) where the header has 4", Rejected(summary)[0].Reason, StringComparison.Ordinal);
        Assert.Contains("blank line", Rejected(summary)[2].Reason, StringComparison.Ordinal);
        Assert.Contains("text after a closing quote", Rejected(summary)[3].Reason, StringComparison.Ordinal);
        Assert.Contains("1900-01-01 to 2199-12-31", Rejected(summary)[7].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRow_IsEitherScoredOrReported_NoneIsDroppedSilently()
    {
        var random = new Random(18);
        var lines = new List<string> { "resident,rule,date,quantity" };
        for (var i = 0; i < 400; i++)
        {
            var row = $"R{random.Next(50)},security-patrol,2026-0{1 + random.Next(6)}-1{random.Next(10)},{1 + random.Next(3)}";
            lines.Add(random.Next(5) switch
            {
                0 => row + ",x",
                1 => row.Replace(",", ",\"", StringComparison.Ordinal),
                2 => string.Empty,
                _ => row,
            });
        }

        var (_, summary) = Score(Write("random.csv", string.Join("\r\n", lines) + "\r\n"));
        Assert.Equal(400, summary.GetProperty("entries").GetInt32() + Rejected(summary).Length);
    }

    [Fact]
    public void AnUnterminatedQuote_RejectsItsLine_AndTheRowsAfterItAreStillRead()
    {
        var (exit, summary) = Score(Write("e.csv", "resident,rule,date,quantity\nR1,security-patrol,2026-06-01,1\n\"R2,security-patrol,2026-06-01,1\nR3,security-patrol,2026-06-01,1\n"));
        Assert.Equal(1, exit);
        var rejected = Assert.Single(Rejected(summary));
        Assert.Equal(3, rejected.Line);
        Assert.Contains("unterminated quote", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(2, summary.GetProperty("entries").GetInt32());
    }

    [Fact]
    public void ADuplicateHeader_IsUnusableInput_NamingTheColumn()
    {
        var (exit, output) = Run("score", "--entries", Write("e.csv", "resident,rule,date,quantity,rule\nR1,security-patrol,2026-06-01,1,x\n"), "--as-of", "2026-06-30");
        Assert.Equal(2, exit);
        Assert.Contains("column 'rule' appears twice", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GbkEncodedIds_AreRefused_NeverDecodedIntoOneId()
    {
        // 张三 and 李四 in GBK; decoded as UTF-8 both became U+FFFD… and were merged into one resident.
        var header = "resident,rule,date,quantity\n"u8.ToArray();
        byte[] zhangSan = [0xD5, 0xC5, 0xC8, 0xFD];
        byte[] liSi = [0xC0, 0xEE, 0xCB, 0xC4];
        var rest = ",security-patrol,2026-06-01,1\n"u8.ToArray();
        var entries = WriteBytes("gbk.csv", [.. header, .. zhangSan, .. rest, .. liSi, .. rest]);
        var (exit, output) = Run("score", "--entries", entries, "--as-of", "2026-06-30");
        Assert.Equal(2, exit);
        Assert.Contains("line 2", output, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", output, StringComparison.Ordinal);
    }

    [Fact]
    public void IdsWithACommaOrQuote_AreQuotedInTheOutput_AsRfc4180Requires()
    {
        var entries = Write("e.csv", "resident,rule,date,quantity\n\"R,1\",security-patrol,2026-06-01,1\n\"R\"\"2\",security-patrol,2026-06-01,1\n");
        var output = Path.Combine(_folder, "tiers.csv");
        var (exit, _) = Run("score", "--entries", entries, "--as-of", "2026-06-30", "--out", output);
        Assert.Equal(0, exit);
        Assert.Equal(["resident,score,tier", "\"R\"\"2\",1010,A", "\"R,1\",1010,A"], File.ReadAllLines(output));
    }

    [Fact]
    public void RegisterUnitsWithManySignificantDigits_AreExact_AndOverflowIsAReportNotACrash()
    {
        var register = File.ReadAllText(Sample("register.csv"));
        var precise = Write("precise.csv", register.Replace("land,5,2021-01-01", "land,5.1234567890123,2021-01-01", StringComparison.Ordinal));
        Assert.Equal(0, Run("distribute", "--plan", "cai-village", "--register", precise, "--income", "3160000", "--year", "2026").ExitCode);

        var huge = Write("huge.csv", register.Replace("land,5,2021-01-01", "land,7922816251426433759354395033,2021-01-01", StringComparison.Ordinal));
        var (exit, json) = RunJson("distribute", "--plan", "cai-village", "--register", huge, "--income", "3160000", "--year", "2026");
        Assert.Equal(1, exit);
        Assert.Equal("economy.amount.range", json.GetProperty("violations")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void ARegisterWithBadRows_ReportsEveryRowByLine_AndDistributesNothing()
    {
        var register = Write("r.csv", "member,kind,name,class,units,since\nA,household,甲,land,5,2021-01-01\nB,martian,乙,land,5,2021-01-01\nA,household,丙,land,5,2021-01-01\n");
        var (exit, json) = RunJson("distribute", "--plan", "cai-village", "--register", register, "--income", "3160000", "--year", "2026");
        Assert.Equal(1, exit);
        Assert.Equal(["line 3", "line 4"], json.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("path").GetString()));
    }

    [Fact]
    public void AMeasureThatOverflowsItsRollUp_IsReported_NeverACrash()
    {
        var measure = Write("m.csv", "unit,value\n" + string.Concat(Enumerable.Repeat("yongle.cai,7922816251426433759354395033\n", 11)));
        var (exit, json) = RunJson("hierarchy", "--measure", measure);
        Assert.Equal(1, exit);
        Assert.Equal("rollup.total.overflow", json.GetProperty("violations")[0].GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"rules": [null]}""")]
    [InlineData("""{"header": {"id": "x", "version": "1.0", "title": "t", "jurisdiction": "ruicheng", "effectiveFrom": "2026-01-01"}, "plans": [{"id": "p", "floors": [{"class": "land", "yuanPerUnit": 1e20}]}]}""")]
    [InlineData("""{"header": {"id": "x", "version": "1.0", "title": "t", "jurisdiction": "ruicheng", "effectiveFrom": "2026-01-01"}, "credit": {"baseScore": 9223372036854775807, "tiers": [{"tier": "D", "max": 9223372036854775807}]}}""")]
    [InlineData("""{"header": {"id": "x", "version": "1.0", "title": "t", "jurisdiction": "ruicheng", "effectiveFrom": "2026-01-01"}, "ladders": [null], "posts": []}""")]
    [InlineData("\u00FF\u00FE")]
    public void ValidateOfACrashingRulebook_ReportsInsteadOfCrashing(string text)
    {
        var (exit, output) = Run("validate", Write("bad.json", text));
        Assert.InRange(exit, 1, 2);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void OutIntoAMissingFolder_IsUnusableInput_BeforeAnyWork()
    {
        var (exit, output) = Run("score", "--entries", Sample("entries.csv"), "--as-of", "2026-06-30", "--out", Path.Combine(_folder, "missing", "tiers.csv"));
        Assert.Equal(2, exit);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }
}
