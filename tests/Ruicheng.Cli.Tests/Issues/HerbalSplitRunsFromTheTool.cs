using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 15: the article's 8:1:1 plan could not run from the tool (<c>distribute --plan tianyuan-guiju</c> exited 1
/// with <c>economy.patronage.missing</c>; there was no way to give patronage).
/// </summary>
public sealed class HerbalSplitRunsFromTheTool : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-patronage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void EightOneOne_FromTheSamplePatronage_SplitsEveryFen()
    {
        var (exit, json) = RunJson("distribute", "--plan", "tianyuan-guiju", "--register", Sample("register.csv"), "--patronage", Sample("patronage.csv"), "--income", "220000", "--year", "2026");
        Assert.Equal(0, exit);
        var lines = json.GetProperty("lines").EnumerateArray().ToList();
        decimal PartOf(string rule) => lines.Where(l => l.GetProperty("rule").GetString() == rule).Sum(l => l.GetProperty("amount").GetAmount());
        Assert.Equal((176_000m, 22_000m, 22_000m), (PartOf("tianyuan-guiju.split.cooperative"), PartOf("tianyuan-guiju.split.collective"), PartOf("tianyuan-guiju.split.villagers")));
        Assert.Equal(220_000m, lines.Sum(l => l.GetProperty("amount").GetAmount()));
    }

    [Fact]
    public void APatronageFileWithBadRows_ReportsEveryRow_AndDistributesNothing()
    {
        var file = Path.Combine(_folder, "p.csv");
        File.WriteAllText(file, "member,volume\nH-1,100\nH-2,-5\nH-1,20\nbad id,1\n");
        var (exit, json) = RunJson("distribute", "--plan", "tianyuan-guiju", "--register", Sample("register.csv"), "--patronage", file, "--income", "220000", "--year", "2026");
        Assert.Equal(1, exit);
        Assert.Equal(["line 3", "line 4", "line 5"], json.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("path").GetString()));
    }
}
