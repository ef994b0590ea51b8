using System.Text;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Tests.Infrastructure;

/// <summary>The key table the export reader interns resident ids with: one dense index per key, from any number of threads.</summary>
public sealed class Utf8KeyTableTests
{
    [Fact]
    public void ConcurrentAdds_GiveEachKeyOneDenseIndex_ThroughGrowth()
    {
        var table = new Utf8KeyTable();

        // Short keys live in the slots, long ones (over 20 bytes) in the pages; ids that differ only in their last
        // digits must not collide.
        var keys = Enumerable.Range(0, 60_000).Select(i => i % 3 == 0 ? $"R-140830106200-{i:D7}" : $"R-{i:D7}").ToArray();
        var seen = new int[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            var order = keys.Select((k, i) => (k, i)).OrderBy(p => HashCode.Combine(p.i, worker)).ToArray();
            var mine = new int[keys.Length];
            foreach (var (key, i) in order)
            {
                var bytes = Encoding.UTF8.GetBytes(key);
                table.Prefetch(Utf8KeyTable.HashOf(bytes));
                mine[i] = table.IndexOf(bytes);
            }

            seen[worker] = mine;
        });

        Assert.Equal(keys.Length, table.Count);
        for (var worker = 1; worker < 4; worker++)
        {
            Assert.Equal<int>(seen[0], seen[worker]);
        }

        Assert.Equal(Enumerable.Range(0, keys.Length), seen[0].Order());
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal(keys[i], table.KeyAt(seen[0][i]));
        }
    }

    [Fact]
    public void AnEmptyOrOversizedKey_IsRefused()
    {
        var table = new Utf8KeyTable();
        Assert.Throws<ArgumentOutOfRangeException>(() => table.IndexOf([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.IndexOf(new byte[4097]));
        Assert.Equal(0, table.IndexOf("村民-1"u8));
        Assert.Equal(0, table.IndexOf("村民-1"u8));
        Assert.Equal("村民-1", table.KeyAt(0));
    }
}
