using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Ledger;

/// <summary>
/// <see cref="LedgerEntries"/> snapshots share storage: whatever order states are extended in — the latest, or an older
/// one again (a write that was never published) — every snapshot keeps exactly the entries it had.
/// </summary>
public sealed class LedgerEntriesTests
{
    private static readonly PointsEntry[] Pool = [.. Enumerable.Range(0, 64).Select(i => PointsEntry.Restore(
        i, EntryId.From($"E-{i:D12}"), ResidentId.From("R-1"), EntryKind.Award, RuleId.From("security-patrol"), CivilityArbitraries.Rulebook.Header.Version,
        $"s{i}", new LocalDate(2025, 1, 1), 1m, 10, null, Instant.FromUtc(2025, 1, 1, 0, 0), CivilityArbitraries.Key.Id, []))];

    [Property(MaxTest = 200)]
    public Property EverySnapshot_KeepsItsEntries_WhicheverStatesAreExtended() =>
        Prop.ForAll(Gen.ListOf(Gen.Choose(0, 1000)).Select(l => l.Take(60).ToArray()).ToArbitrary(), picks =>
        {
            var snapshots = new List<LedgerEntries> { LedgerEntries.Empty };
            var models = new List<List<PointsEntry>> { new() };
            for (var i = 0; i < picks.Length; i++)
            {
                // Mostly the latest snapshot, as a ledger does; sometimes an older one, as an unpublished write leaves.
                var from = picks[i] % 3 == 0 ? picks[i] % snapshots.Count : snapshots.Count - 1;
                snapshots.Add(snapshots[from].Add(Pool[i]));
                models.Add([.. models[from], Pool[i]]);
            }

            for (var s = 0; s < snapshots.Count; s++)
            {
                Assert.Equal(models[s].Count, snapshots[s].Count);
                Assert.Equal(models[s], snapshots[s]);
                Assert.Equal(models[s], Enumerable.Range(0, snapshots[s].Count).Select(i => snapshots[s][i]));
            }
        });

    [Fact]
    public void TheEmptySnapshot_IsNeverWrittenTo()
    {
        var first = LedgerEntries.Empty.Add(Pool[0]);
        var second = LedgerEntries.Empty.Add(Pool[1]);

        Assert.True(LedgerEntries.Empty.IsEmpty);
        Assert.Empty(LedgerEntries.Empty);
        Assert.Same(Pool[0], Assert.Single(first));
        Assert.Same(Pool[1], Assert.Single(second));
    }

    [Fact]
    public void AnIndexOutsideTheSnapshot_Throws_EvenWhenTheSharedStorageHoldsAnEntryThere()
    {
        var one = LedgerEntries.Empty.Add(Pool[0]);
        _ = one.Add(Pool[1]);

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => one[1]);
        Assert.Equal("index", thrown.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => one[-1]);
    }
}
