using System.Globalization;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>Issue 13: <c>ruicheng patrol --log patrols.csv --week 2026-W40 | --month 2026-10</c>, rolled up by unit with the rising units.</summary>
public sealed class PatrolReportsFromTheTool : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-patrol-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheCountysWeek_IsTheSumOfThatWeeksRows()
    {
        var rows = File.ReadAllLines(Sample("patrols.csv")).Skip(1).Select(l => l.Split(','))
            .Where(f => string.CompareOrdinal(f[0], "2026-09-28") >= 0 && string.CompareOrdinal(f[0], "2026-10-04") <= 0).ToList();
        var (exit, json) = RunJson("patrol", "--log", Sample("patrols.csv"), "--week", "2026-W40");
        Assert.Equal(0, exit);
        var current = json.GetProperty("current");
        Assert.Equal(rows.Sum(f => int.Parse(f[3], CultureInfo.InvariantCulture)), current.GetProperty("visits").GetInt64());
        Assert.Equal(rows.Sum(f => int.Parse(f[5], CultureInfo.InvariantCulture)), current.GetProperty("issuesFound").GetInt64());
        Assert.Equal(rows.Sum(f => int.Parse(f[5], CultureInfo.InvariantCulture) - int.Parse(f[6], CultureInfo.InvariantCulture)), current.GetProperty("open").GetInt64());
        Assert.All(json.GetProperty("risingUnits").EnumerateArray(), u => Assert.True(u.GetProperty("change").GetInt64() > 0));
    }

    [Fact]
    public void BadRows_AndUnknownGrids_AreRejectedByLine_AndTheRestIsCounted()
    {
        var log = Path.Combine(_folder, "p.csv");
        File.WriteAllText(log, string.Join('\n',
            "date,grid,worker,visits,category,found,resolved,referred",
            "2026-10-05,dawang.jinpen.g1,W-1,5,dispute,2,1,0",
            "2026-10-05,dawang.jinpen,W-1,5,dispute,2,1,0",
            "2026-10-05,dawang.jinpen.g1,W-1,5,gossip,2,1,0",
            "2026-10-05,dawang.jinpen.g1,W-1,5,dispute,1,1,1",
            "2026-10-06,dawang.jinpen.g1,W-1,3,sanitation,1,0,0") + "\n");
        var (exit, json) = RunJson("patrol", "--log", log, "--month", "2026-10", "--unit", "dawang.jinpen");
        Assert.Equal(1, exit);
        Assert.Equal(["line 3", "line 4", "line 5"], json.GetProperty("rejected").EnumerateArray().Select(v => v.GetProperty("path").GetString()));
        Assert.Equal(8, json.GetProperty("current").GetProperty("visits").GetInt64());
    }

    [Theory]
    [InlineData("--week", "2026-W40", "--month", "2026-10")]
    [InlineData("--week", "2026-W54")]
    [InlineData("--month", "2026-13")]
    public void APeriodThatIsNotExactlyOneWeekOrMonth_IsExit2(params string[] period)
    {
        var (exit, _, error) = RunSplit(["patrol", "--log", Sample("patrols.csv"), .. period]);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
