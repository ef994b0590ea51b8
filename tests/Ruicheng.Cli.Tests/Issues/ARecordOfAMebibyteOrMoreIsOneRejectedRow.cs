using System.Text;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Found while testing the parallel export reader (issue 19): a line of 1 MiB or more was rejected once per buffer it
/// filled, with line numbers that do not exist (3, 4, 5… for one long line 3), and the rest of the long line was read
/// as further records. Such a line is one rejected row, and the rows after it keep their true line numbers.
/// </summary>
public sealed class ARecordOfAMebibyteOrMoreIsOneRejectedRow : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-long-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void LongLines_AreOneRejectedRowEach_AndTheRowsAfterThemCount(string newline)
    {
        var text = new StringBuilder()
            .Append("resident,rule,date,quantity").Append(newline)
            .Append("R-1,security-patrol,2026-02-09,1").Append(newline)
            .Append("R-2,").Append('x', 2 * 1024 * 1024).Append(",2026-02-09,1").Append(newline)
            .Append("R-3,security-patrol,2026-02-09,1").Append(newline)
            .Append("R-4,").Append('y', 5 * 1024 * 1024).Append(",2026-02-09,1").Append(newline)
            .Append("R-5,security-patrol,2026-02-09,1").Append(newline);
        var path = Path.Combine(_folder, "long.csv");
        File.WriteAllText(path, text.ToString());

        var (exit, json) = RunJson("score", "--entries", path, "--as-of", "2026-06-30");
        Assert.Equal(1, exit);
        Assert.Equal(3, json.GetProperty("entries").GetInt32());
        Assert.Equal([3L, 5L], json.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt64()));
        Assert.All(json.GetProperty("rejected").EnumerateArray(), r => Assert.StartsWith("a record longer than 1 MiB", r.GetProperty("reason").GetString(), StringComparison.Ordinal));
    }
}
