using System.Text.Json;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 14: before the village votes, the tool shows the notice and who would move. The sample proposal moves the AAA
/// threshold from 1050 to 1040 and raises the security cap from 30 to 40 a month.
/// </summary>
public sealed class WhatIfAndDiffBeforeAVote
{
    private static readonly string[] WhatIf =
        ["whatif", "civility", "--entries", Sample("entries.csv"), "--current", Sample("civility-rulebook.json"), "--proposed", Sample("civility-rulebook-proposed.json"), "--as-of", "2026-06-30"];

    [Fact]
    public void TheWhatIfOnTheSampleLedger_NamesExactlyWhoMovesIntoAAA()
    {
        var (exit, json) = RunJson([.. WhatIf, "--vetoes", Sample("vetoes.csv")]);
        Assert.Equal(1, exit); // the sample export carries two broken rows, reported as in 'score'
        Assert.Equal(2, json.GetProperty("rejected").GetArrayLength());
        var changes = json.GetProperty("changes").EnumerateArray().ToList();
        var moved = Assert.Single(changes);
        Assert.Equal("R-140830106200-1052", moved.GetProperty("resident").GetString());
        Assert.Equal("AA", moved.GetProperty("tierBefore").GetString());
        Assert.Equal("AAA", moved.GetProperty("tierAfter").GetString());
        Assert.Equal(1049, moved.GetProperty("scoreAfter").GetInt64());
        Assert.True(moved.GetProperty("benefitsChange").GetBoolean());
        Assert.Equal(1, json.GetProperty("transitions").GetProperty("AA").GetProperty("AAA").GetInt32());
        Assert.Equal(json.GetProperty("residents").GetInt32(), json.GetProperty("transitions").EnumerateObject().Sum(row => row.Value.EnumerateObject().Sum(cell => cell.Value.GetInt32())));
    }

    [Fact]
    public void TheWhatIfAgreesWithScoringUnderEachRulebook()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var changes = Path.Combine(directory.FullName, "changes.csv");
            var now = Path.Combine(directory.FullName, "now.csv");
            var then = Path.Combine(directory.FullName, "then.csv");
            RunJson([.. WhatIf, "--out", changes]);
            RunJson("score", "--rulebook", Sample("civility-rulebook.json"), "--entries", Sample("entries.csv"), "--as-of", "2026-06-30", "--out", now);
            RunJson("score", "--rulebook", Sample("civility-rulebook-proposed.json"), "--entries", Sample("entries.csv"), "--as-of", "2026-06-30", "--out", then);
            var expected = File.ReadLines(now).Skip(1).Zip(File.ReadLines(then).Skip(1), (a, b) => string.Join(',', a.Split(',')) + "," + string.Join(',', b.Split(',').Skip(1))).ToList();
            var actual = File.ReadLines(changes).Skip(1).Select(l => string.Join(',', l.Split(',')[..^1])).ToList();
            Assert.Equal(18, actual.Count);
            Assert.Equal(expected, actual);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheDiffPrintsTheNoticeInEitherLanguage()
    {
        var (exit, chinese) = Run("diff", Sample("civility-rulebook.json"), Sample("civility-rulebook-proposed.json"), "--lang", "zh-CN");
        Assert.Equal(0, exit);
        Assert.Contains("信用评定 › 等级 › AAA › 下限值：由1050调整为1040。", chinese, StringComparison.Ordinal);
        Assert.Contains("自2027年1月1日起施行", chinese, StringComparison.Ordinal);
        var (_, english) = Run("diff", Sample("civility-rulebook.json"), Sample("civility-rulebook-proposed.json"), "--lang", "en");
        Assert.Contains("credit rating › tiers › AAA › minimum: 1050 → 1040.", english, StringComparison.Ordinal);
        var (_, json) = RunJson("diff", Sample("civility-rulebook.json"), Sample("civility-rulebook-proposed.json"));
        Assert.Equal(5, json.GetProperty("changes").GetArrayLength());
        Assert.Equal("$.credit.tiers[tier=AAA].min", json.GetProperty("changes")[3].GetProperty("path").GetString());
    }

    [Fact]
    public void TheEconomyWhatIf_GivesEveryRecipientToTheFen_AndTheDifferencesSumToZero()
    {
        var (exit, json) = RunJson("whatif", "economy", "--plan", "cai-village", "--proposed-plan", "tianyuan-guiju", "--register", Sample("register.csv"),
            "--patronage", Sample("patronage.csv"), "--income", "3160000", "--year", "2026");
        Assert.Equal(0, exit);
        var recipients = json.GetProperty("recipients").EnumerateArray().ToList();
        Assert.Equal(24, recipients.Count);
        Assert.Equal(0m, recipients.Sum(r => r.GetProperty("difference").GetAmount()));
        Assert.Equal(3_160_000m, recipients.Sum(r => r.GetProperty("current").GetAmount()));
        Assert.Equal(3_160_000m, recipients.Sum(r => r.GetProperty("proposed").GetAmount()));
        Assert.Equal(2, Run("whatif", "economy", "--plan", "no-such-plan", "--register", Sample("register.csv"), "--income", "1", "--year", "2026").ExitCode);
    }

    [Fact]
    public void TheGovernanceWhatIf_MovesTheDeadlinesOfCasesAtTheChangedTier_Only()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var document = System.Text.Json.Nodes.JsonNode.Parse(Ruicheng.Governance.Rulebooks.GovernanceRulebookFile.RuichengJsonText)!.AsObject();
            document["header"]!["version"] = "1.1";
            var grid = document["ladders"]![0]!["tiers"]!.AsArray().Single(t => (string)t!["id"]! == "grid")!;
            grid["limit"]!["days"] = 3;
            var proposed = Path.Combine(directory.FullName, "governance-proposed.json");
            File.WriteAllText(proposed, document.ToJsonString());
            var (exit, json) = RunJson("whatif", "governance", "--cases", Sample("cases.json"), "--proposed", proposed);
            Assert.Equal(0, exit);
            var cases = json.GetProperty("cases").EnumerateArray().ToList();
            Assert.Equal(5, cases.Count);
            foreach (var c in cases)
            {
                var atGrid = c.GetProperty("stateBefore").GetString() == "InMediation" && c.GetProperty("tierBefore").GetString() == "grid";
                Assert.Equal(atGrid, c.GetProperty("changes").GetBoolean());
                if (atGrid)
                {
                    Assert.True(c.GetProperty("shiftHours").GetDouble() >= 48, c.GetProperty("case").GetString());
                }
            }

            Assert.Contains(cases, c => c.GetProperty("changes").GetBoolean());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void RulebooksOfDifferentKinds_AreRefused()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var governance = Path.Combine(directory.FullName, "governance.json");
            File.WriteAllText(governance, Ruicheng.Governance.Rulebooks.GovernanceRulebookFile.RuichengJsonText);
            Assert.Equal(2, Run("diff", Sample("civility-rulebook.json"), governance).ExitCode);
            Assert.Equal(2, Run("diff", Sample("civility-rulebook.json"), Sample("civility-rulebook-proposed.json"), "--lang", "fr").ExitCode);
            Assert.Equal(2, Run("diff", Sample("civility-rulebook.json"), Sample("broken-civility-rulebook.json")).ExitCode);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
