using Ruicheng.Storage;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 12: <c>ruicheng disputes tick</c> kept no state and listed the same deadlines on every run; nothing the
/// engine decided could be saved. With <c>--store</c> the tool keeps ledgers and cases in a SQLite file (or PostgreSQL).
/// </summary>
public sealed class TheToolKeepsState : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-cli-store-").FullName;

    private string Db => Path.Combine(_folder, "ruicheng.db");

    private string Key
    {
        get
        {
            var path = Path.Combine(_folder, "county.key");
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))]);
            }

            return path;
        }
    }

    [Fact]
    public void IngestingTwice_AppendsOnce_AndTheLedgerVerifies()
    {
        var (exit, first) = RunJson("ledger", "ingest", "--store", Db, "--key", Key, "--drafts", Sample("drafts.csv"));
        Assert.Equal(1, exit); // the redemption of 0 points is rejected with its line; the rest is appended
        Assert.Equal(4, first.GetProperty("appended").GetInt32());
        var rejected = Assert.Single(first.GetProperty("rejected").EnumerateArray());
        Assert.Equal(("ledger.quantity.invalid", "line 6"), (rejected.GetProperty("code").GetString(), rejected.GetProperty("path").GetString()));

        var (_, second) = RunJson("ledger", "ingest", "--store", Db, "--key", Key, "--drafts", Sample("drafts.csv"));
        Assert.Equal(0, second.GetProperty("appended").GetInt32());
        Assert.Equal(4, second.GetProperty("duplicates").GetInt32());

        var (verifyExit, verified) = RunJson("ledger", "verify", "--store", Db, "--key", Key);
        Assert.Equal(0, verifyExit);
        Assert.Equal(4, verified.GetProperty("entries").GetInt32());

        var (_, balance) = RunJson("ledger", "balance", "--store", Db, "--key", Key, "--resident", "R-2077");
        Assert.Equal(-5, balance.GetProperty("balance").GetInt64());
    }

    [Fact]
    public void AnotherKey_DoesNotVerify_AndIsReportedNotOpened()
    {
        RunJson("ledger", "ingest", "--store", Db, "--key", Key, "--drafts", Sample("drafts.csv"));
        var other = Path.Combine(_folder, "other.key");
        File.WriteAllBytes(other, [.. Enumerable.Range(100, 32).Select(i => (byte)i)]);
        var (exit, json) = RunJson("ledger", "verify", "--store", Db, "--key", other);
        Assert.Equal(1, exit);
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal("entries[0]", json.GetProperty("violations")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void ReportAcceptAndTick_AreKept_AndASecondTickFiresNothing()
    {
        Assert.Equal(0, Run("disputes", "report", "--store", Db, "--id", "DC-2026-0101", "--type", "neighbour", "--unit", "dawang.jinpen.g1",
            "--party", "R-1011:H-101", "--party", "R-1012:H-102", "--reporter", "W-1", "--at", "2026-09-24T09:00+08:00", "--summary", "boundary wall").ExitCode);
        var (acceptExit, accepted) = RunJson("disputes", "accept", "--store", Db, "--id", "DC-2026-0101", "--actor", "M-1", "--role", "grid-mediator", "--at", "2026-09-24T10:00+08:00");
        Assert.Equal(0, acceptExit);
        Assert.Equal("2026-09-28 24:00 (Asia/Shanghai)", accepted.GetProperty("case").GetProperty("deadlineLocal").GetString());
        Assert.Equal(2, accepted.GetProperty("version").GetInt64());

        var (_, first) = RunJson("disputes", "tick", "--store", Db, "--now", "2026-10-20T09:00+08:00");
        Assert.Equal(4, first.GetProperty("due").GetArrayLength());
        var (_, second) = RunJson("disputes", "tick", "--store", Db, "--now", "2026-10-20T09:00+08:00");
        Assert.Equal(0, second.GetProperty("due").GetArrayLength());

        var (_, list) = RunJson("disputes", "list", "--store", Db);
        var stored = Assert.Single(list.GetProperty("cases").EnumerateArray());
        Assert.Equal(("InMediation", "county"), (stored.GetProperty("state").GetString(), stored.GetProperty("tier").GetString()));

        // A step the rules refuse is exit 1 with the reason; the stored case is unchanged.
        Assert.Equal(1, Run("disputes", "settle", "--store", Db, "--id", "DC-2026-0101", "--actor", "M-1", "--role", "grid-mediator", "--reason", "x", "--at", "2026-10-20T10:00+08:00").ExitCode);
    }

    [Fact]
    public void ACorruptStore_IsExit2_OnOneLine()
    {
        File.WriteAllText(Db, "not a database at all " + new string('x', 5000));
        var (exit, output, error) = RunSplit("disputes", "list", "--store", Db);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(StoreRules.Unreadable.Value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoreInAMissingFolder_OrAMissingKey_IsExit2()
    {
        Assert.Equal(2, RunSplit("disputes", "list", "--store", Path.Combine(_folder, "no-such-folder", "x.db")).ExitCode);
        Assert.Equal(2, RunSplit("ledger", "verify", "--store", Db, "--key", Path.Combine(_folder, "missing.key")).ExitCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
