using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>Issue 11 through the tool: versioned caps, row order, vetoes and explanations in <c>ruicheng score</c>.</summary>
public sealed class ScoreCommandKeepsIssue11Semantics : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-score-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private string VersionedRulebook()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Sample("civility-rulebook.json")))!;
        document["categories"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "e", "chinese": "测试", "english": "e", "caps": [] }"""));
        document["rules"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "y", "category": "e", "chinese": "测试", "points": 4, "unit": "occurrence", "reviewRequired": false, "effectiveFrom": "2024-01-01", "effectiveTo": "2024-12-31", "caps": [ { "period": "day", "max": 8 } ] }"""));
        document["rules"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "id": "y", "category": "e", "chinese": "测试", "points": 6, "unit": "occurrence", "reviewRequired": false, "effectiveFrom": "2025-01-01", "caps": [ { "period": "day", "max": 12 } ] }"""));
        return Write("versioned.json", document.ToJsonString());
    }

    [Fact]
    public void LaterRuleVersion_IsCappedByItsOwnCap_BasePlus12()
    {
        var output = Path.Combine(_folder, "tiers.csv");
        var (exit, _) = RunJson("score", "--rulebook", VersionedRulebook(), "--entries", Write("e.csv", "resident,rule,date,quantity", "R1,y,2025-04-04,2"), "--as-of", "2025-06-30", "--out", output);
        Assert.Equal(0, exit);
        Assert.Equal(["resident,score,tier", "R1,1012,A"], File.ReadAllLines(output));
    }

    [Property(MaxTest = 8)]
    public Property PermutingTheExport_NeverChangesAnyOutputByte_Holds() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var lines = File.ReadAllLines(Sample("entries.csv"));
            var random = new Random(seed);
            var shuffled = lines.Skip(1).OrderBy(_ => random.Next()).ToArray();
            var a = Path.Combine(_folder, $"a-{seed}.csv");
            var b = Path.Combine(_folder, $"b-{seed}.csv");
            Run("score", "--entries", Sample("entries.csv"), "--as-of", "2026-06-30", "--out", a);
            Run("score", "--entries", Write($"shuffled-{seed}.csv", [lines[0], .. shuffled]), "--as-of", "2026-06-30", "--out", b);
            return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
        });

    [Fact]
    public void Vetoes_CapTheTier_AndAnUnknownCodeIsARejectedRow()
    {
        var output = Path.Combine(_folder, "tiers.csv");
        var vetoes = Write("vetoes.csv", "resident,code,date", "R1,criminal-conviction,2026-01-01", "R2,no-such-veto,2026-01-01", "R3,long-overdue-loan,2026-07-01");
        var entries = Write("e.csv", "resident,rule,date,quantity", "R1,security-patrol,2026-06-01,1", "R3,security-patrol,2026-06-01,1");
        var (exit, json) = RunJson("score", "--entries", entries, "--vetoes", vetoes, "--as-of", "2026-06-30", "--out", output);
        Assert.Equal(1, exit);
        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(3, rejected.GetProperty("line").GetInt64());
        Assert.Contains("no-such-veto", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        // R3's veto is dated after the scoring date, so it does not apply yet.
        Assert.Equal(["resident,score,tier", "R1,1010,C", "R3,1010,A"], File.ReadAllLines(output));
    }

    [Fact]
    public void Explain_NamesTheRuleVersionAndTheCapThatCut()
    {
        var entries = Write("e.csv", "resident,rule,date,quantity", "R1,security-patrol,2026-06-01,4", "R2,security-patrol,2026-06-01,1");
        var (exit, text) = Run("score", "--entries", entries, "--as-of", "2026-06-30", "--explain", "R1");
        Assert.Equal(0, exit);
        Assert.Contains("rule security-patrol v1", text, StringComparison.Ordinal);
        Assert.Contains("cut by category security's month cap of 30 in 2026-06", text, StringComparison.Ordinal);
        Assert.Contains("score 1030", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainAll_WritesOneJsonLinePerResident_InIdOrder_ThenTheSummary()
    {
        var entries = Write("e.csv", "resident,rule,date,quantity", "R2,security-patrol,2026-06-01,1", "R1,security-patrol,2026-06-01,1");
        var (exit, text) = Run("score", "--entries", entries, "--as-of", "2026-06-30", "--explain-all", "--json");
        Assert.Equal(0, exit);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(["R1", "R2"], lines.Take(2).Select(l => l.GetProperty("resident").GetString()));
        Assert.Equal(2, lines[2].GetProperty("residents").GetInt32());
    }

    [Fact]
    public void ExplainAll_WithoutJson_ExitsTwo() =>
        Assert.Equal(2, Run("score", "--entries", Sample("entries.csv"), "--as-of", "2026-06-30", "--explain-all").ExitCode);
}
