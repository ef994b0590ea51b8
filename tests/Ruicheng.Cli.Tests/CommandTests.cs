using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests;

public class CommandTests
{
    [Theory]
    [InlineData("demo")]
    [InlineData("validate")]
    [InlineData("score")]
    [InlineData("distribute")]
    [InlineData("hierarchy")]
    [InlineData("diff")]
    public void Help_IsAvailableForEveryCommand(string command)
    {
        var (exit, output) = Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ForDisputesTick() => Assert.Equal(0, Run("disputes", "tick", "--help").ExitCode);

    [Fact]
    public void Validate_ValidRulebook_ExitsZero()
    {
        var (exit, json) = RunJson("validate", Sample("civility-rulebook.json"));
        Assert.Equal(0, exit);
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal("civility rulebook", json.GetProperty("kind").GetString());
    }

    [Fact]
    public void Validate_BrokenRulebook_ExitsOne_WithEveryErrorAndPath()
    {
        var (exit, json) = RunJson("validate", Sample("broken-civility-rulebook.json"));
        Assert.Equal(1, exit);
        var paths = json.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("path").GetString()).ToList();
        Assert.Equal(["$.rules[0].caps[0].max", "$.rules[5].category", "$.credit.tiers"], paths);
    }

    [Fact]
    public void Validate_NotJson_ExitsTwo_NamingTheFileAndLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ruicheng-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ \"units\": [ ");
        try
        {
            var (exit, output) = Run("validate", file);
            Assert.Equal(2, exit);
            Assert.Contains(Path.GetFileName(file), output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo() => Assert.Equal(2, Run("validate", "no-such-file.json").ExitCode);

    [Fact]
    public void Score_SampleExport_ReportsRejectedRowsWithLines_AndExitsOne()
    {
        var output = Path.Combine(Path.GetTempPath(), $"tiers-{Guid.NewGuid():N}.csv");
        try
        {
            var (exit, json) = RunJson("score", "--rulebook", Sample("civility-rulebook.json"), "--entries", Sample("entries.csv"), "--as-of", "2026-06-30", "--out", output);
            Assert.Equal(1, exit);
            Assert.Equal(240, json.GetProperty("entries").GetInt32());
            Assert.Equal([51L, 121L], json.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt64()));
            Assert.Equal(json.GetProperty("residents").GetInt32(), json.GetProperty("tiers").EnumerateObject().Sum(t => t.Value.GetInt32()));
            Assert.Equal(json.GetProperty("residents").GetInt32() + 1, File.ReadAllLines(output).Length);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Score_CleanExport_ExitsZero()
    {
        var entries = Path.Combine(Path.GetTempPath(), $"entries-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(entries, ["resident,rule,date,quantity", "R-1,security-patrol,2026-06-01,1", "R-2,volunteer-hours,2026-06-02,2.5"]);
        try
        {
            var (exit, json) = RunJson("score", "--entries", entries, "--as-of", "2026-06-30");
            Assert.Equal(0, exit);
            Assert.Equal(2, json.GetProperty("residents").GetInt32());
        }
        finally
        {
            File.Delete(entries);
        }
    }

    [Fact]
    public void Score_FailedRun_LeavesNoOutputFile()
    {
        var entries = Path.Combine(Path.GetTempPath(), $"entries-{Guid.NewGuid():N}.csv");
        var output = Path.Combine(Path.GetTempPath(), $"tiers-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(entries, ["resident,rule,when", "R-1,security-patrol,2026-06-01"]);
        try
        {
            var (exit, text) = Run("score", "--entries", entries, "--as-of", "2026-06-30", "--out", output);
            Assert.Equal(2, exit);
            Assert.Contains("missing column 'date'", text, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(output)}*"));
        }
        finally
        {
            File.Delete(entries);
        }
    }

    [Fact]
    public void Score_BadDate_ExitsTwo() => Assert.Equal(2, Run("score", "--entries", Sample("entries.csv"), "--as-of", "30/06/2026").ExitCode);

    [Fact]
    public void Distribute_SampleRegister_ConservesTheIncome()
    {
        var (exit, json) = RunJson("distribute", "--plan", "cai-village", "--register", Sample("register.csv"), "--income", "3160000", "--year", "2026");
        Assert.Equal(0, exit);
        Assert.Equal(3_160_000m, json.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetAmount()));
        Assert.NotEmpty(json.GetProperty("explanation").EnumerateArray());
    }

    [Fact]
    public void Distribute_MemberAboveTheCap_ExitsOne_NamingTheRule()
    {
        var register = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(register, ["member,kind,name,class,units,since", "H-1,household,a,pooled,90,2021-01-01", "H-2,household,b,pooled,10,2021-01-01"]);
        try
        {
            var (exit, json) = RunJson("distribute", "--plan", "cai-village", "--register", register, "--income", "1000", "--year", "2026");
            Assert.Equal(1, exit);
            Assert.Equal("economy.member.share-cap", json.GetProperty("violations")[0].GetProperty("code").GetString());
        }
        finally
        {
            File.Delete(register);
        }
    }

    [Fact]
    public void DisputesTick_CaseOfUnknownType_ExitsOne_WithItsPath()
    {
        var cases = Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.json");
        File.WriteAllText(cases, """
            { "cases": [ { "id": "DC-9", "caseType": "water-rights", "unit": "dawang.jinpen.g1", "parties": [ { "resident": "R-1" } ],
                           "reporter": { "id": "W-1", "role": "grid-worker" }, "reportedAt": "2026-09-24T09:00:00+08:00" } ] }
            """);
        try
        {
            var (exit, json) = RunJson("disputes", "tick", "--cases", cases, "--now", "2026-10-20T09:00+08:00");
            Assert.Equal(1, exit);
            var rejected = json.GetProperty("rejected")[0];
            Assert.Equal(("dispute.case-type.unknown", "$.cases[0]"), (rejected.GetProperty("code").GetString(), rejected.GetProperty("path").GetString()));
        }
        finally
        {
            File.Delete(cases);
        }
    }

    [Fact]
    public void Distribute_UnknownPlan_ExitsTwo() =>
        Assert.Equal(2, Run("distribute", "--plan", "nope", "--register", Sample("register.csv"), "--income", "1", "--year", "2026").ExitCode);

    [Fact]
    public void Distribute_ThirdDecimal_ExitsTwo() =>
        Assert.Equal(2, Run("distribute", "--plan", "cai-village", "--register", Sample("register.csv"), "--income", "1.005", "--year", "2026").ExitCode);

    [Fact]
    public void DisputesTick_SampleCases_ListsDueDeadlines()
    {
        var (exit, json) = RunJson("disputes", "tick", "--cases", Sample("cases.json"), "--now", "2026-10-20T09:00+08:00");
        Assert.Equal(0, exit);
        Assert.Equal(5, json.GetProperty("cases").GetInt32());
        var due = json.GetProperty("due").EnumerateArray().ToList();
        Assert.Contains(due, d => d.GetProperty("case").GetString() == "DC-2026-0001" && d.GetProperty("tier").GetString() == "county" && d.GetProperty("escalatesTo").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Contains(due, d => d.GetProperty("deadlineLocal").GetString() == "2026-10-12 24:00 (Asia/Shanghai)");

        // Every step the tick added is in the case's audit with its explanation: escalations, then the overdue note.
        var first = json.GetProperty("after").EnumerateArray().First(a => a.GetProperty("case").GetString() == "DC-2026-0001");
        var audit = first.GetProperty("audit").EnumerateArray().ToList();
        Assert.Equal(["DeadlineEscalation", "DeadlineEscalation", "DeadlineEscalation", "Overdue"], audit.Select(a => a.GetProperty("trigger").GetString()));
        Assert.All(audit, a => Assert.Contains("[governance.deadline.passed]", a.GetProperty("explanation")[0].GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void DisputesTick_BadInstant_ExitsTwo() =>
        Assert.Equal(2, Run("disputes", "tick", "--cases", Sample("cases.json"), "--now", "tomorrow").ExitCode);

    [Fact]
    public void Hierarchy_UnderDawang_WithMeasure_RollsUp()
    {
        var (exit, json) = RunJson("hierarchy", "--under", "大王镇", "--measure", Sample("collective-income.csv"));
        Assert.Equal(0, exit);
        Assert.Equal(12, json.GetProperty("children").GetArrayLength());
        Assert.Equal(json.GetProperty("children").EnumerateArray().Sum(c => c.GetProperty("total").GetAmount()), json.GetProperty("total").GetAmount());
    }

    [Fact]
    public void Hierarchy_UnknownUnit_ExitsTwo() => Assert.Equal(2, Run("hierarchy", "--under", "龙城").ExitCode);
}
