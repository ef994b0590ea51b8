using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>Issue 15: <c>ruicheng enclave --project dawang-toona --revenue 1050000 --year 2026</c>, from rulebook data.</summary>
public sealed class EnclaveRunsFromTheTool : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-enclave-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheToonaPark_PaysTheHostFirst_AndEveryFenReachesAVillage()
    {
        var (exit, json) = RunJson("enclave", "--project", "dawang-toona", "--revenue", "1050000", "--year", "2026");
        Assert.Equal(0, exit);
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(("Host", "金盆村", 120_000m), (lines[0].GetProperty("role").GetString(), lines[0].GetProperty("name").GetString(), lines[0].GetProperty("amount").GetAmount()));
        Assert.Equal(11, lines.Count(l => l.GetProperty("role").GetString() == "Member"));
        Assert.Equal(1_050_000m, lines.Sum(l => l.GetProperty("amount").GetAmount()));
    }

    [Fact]
    public void AMemberOutsideTheTown_IsRefused_WithItsPath()
    {
        var rulebook = Path.Combine(_folder, "economy.json");
        File.WriteAllText(rulebook, Economy.Rulebooks.EconomyRulebookFile.RuichengJsonText.Replace("\"village\": \"dawang.sample-11\"", "\"village\": \"guwei.yabao\"", StringComparison.Ordinal));
        var (exit, json) = RunJson("enclave", "--rulebook", rulebook, "--project", "dawang-toona", "--revenue", "1050000", "--year", "2026");
        Assert.Equal(1, exit);
        var violation = Assert.Single(json.GetProperty("violations").EnumerateArray());
        Assert.Equal(("economy.enclave.site", "members[10]"), (violation.GetProperty("code").GetString(), violation.GetProperty("path").GetString()));
    }

    [Fact]
    public void AnUnknownProject_IsExit2_ListingTheProjects()
    {
        var (exit, _, error) = RunSplit("enclave", "--project", "nope", "--revenue", "1", "--year", "2026");
        Assert.Equal(2, exit);
        Assert.Contains("dawang-toona", error, StringComparison.Ordinal);
    }
}
