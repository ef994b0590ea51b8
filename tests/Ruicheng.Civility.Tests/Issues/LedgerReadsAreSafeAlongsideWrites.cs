using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 18: readers alongside the one writer threw 2,178 exceptions, and the docs did not say reads were unsafe.</summary>
public class LedgerReadsAreSafeAlongsideWrites
{
    [Fact]
    public async Task ReadersAlongsideWriters_NeverThrow_AndEverySnapshotVerifies()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        var scorer = new CivilityScorer(CivilityArbitraries.Rulebook);
        var residents = Enumerable.Range(0, 20).Select(i => ResidentId.From($"R-{i}")).ToArray();
        var now = Instant.FromUtc(2026, 6, 30, 2, 0);
        var done = 0;

        Task Writer(int writer) => Task.Run(() =>
        {
            for (var batch = 0; batch < 40; batch++)
            {
                ledger.Ingest(residents.Select((r, i) => EntryDraft.Award(r, $"w{writer}-b{batch}-{i}", RuleId.From("volunteer-labour"), new LocalDate(2026, 1, 1).PlusDays(batch), 1, now, review: "council minute")));
            }
        });

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            var lastCount = 0;
            while (Volatile.Read(ref done) == 0 || reads == 0)
            {
                var snapshot = ledger.Entries;
                Assert.True(snapshot.Count >= lastCount);
                Assert.Equal(0, snapshot.Count % residents.Length);
                lastCount = snapshot.Count;
                foreach (var resident in ledger.Residents)
                {
                    Assert.True(ledger.Balance(resident) >= 0);
                    Assert.True(ledger.SpendableBalance(resident) >= 0);
                    Assert.True(scorer.Score(ledger, resident, new LocalDate(2026, 12, 31)).Value.HonourPoints >= 0);
                }

                if (reads++ % 10 == 0)
                {
                    Assert.True(PointsLedger.Verify(snapshot, CivilityArbitraries.Key, snapshot.IsEmpty ? [] : snapshot[^1].Hash.AsSpan()).IsValid);
                }
            }

            return reads;
        })).ToArray();

        await Task.WhenAll(Writer(0), Writer(1));
        Volatile.Write(ref done, 1);
        var reads = await Task.WhenAll(readers);

        Assert.All(reads, r => Assert.True(r > 0));
        Assert.Equal(2 * 40 * residents.Length, ledger.Entries.Count);
        Assert.True(PointsLedger.Verify(ledger.Entries, CivilityArbitraries.Key, ledger.Head.AsSpan()).IsValid);
    }
}
