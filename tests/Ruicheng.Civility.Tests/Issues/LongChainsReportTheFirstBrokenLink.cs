using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 12 (reopening fast): a long chain is verified across the cores. Whatever part of the chain a core checks,
/// the link reported is the first broken one by position, exactly as a one-core walk reports it.
/// </summary>
public sealed class LongChainsReportTheFirstBrokenLink
{
    private static readonly IReadOnlyList<PointsEntry> Chain = Build();

    private static List<PointsEntry> Build()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        var at = Instant.FromUtc(2026, 6, 30, 2, 0);
        ledger.Ingest(Enumerable.Range(0, 40_000).Select(i =>
            EntryDraft.Award(ResidentId.From($"R-{i % 997}"), $"e{i}", RuleId.From("security-patrol"), new LocalDate(2025, 1, 1).PlusDays(i % 500), 1, at)));
        return [.. ledger.Entries];
    }

    private static PointsEntry Altered(PointsEntry e) => PointsEntry.Restore(
        e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity, e.Points + 1, e.Reverses, e.RecordedAt, e.KeyId, e.Hash);

    [Theory]
    [InlineData(new[] { 5_000, 35_000 }, 5_000)]
    [InlineData(new[] { 35_000 }, 35_000)]
    [InlineData(new[] { 39_999, 20_000, 19_999 }, 19_999)]
    [InlineData(new[] { 0 }, 0)]
    public void TheFirstAlteredEntry_IsReported(int[] altered, int first)
    {
        var entries = Chain.ToList();
        foreach (var i in altered)
        {
            entries[i] = Altered(entries[i]);
        }

        var result = PointsLedger.Verify(entries, CivilityArbitraries.Key, entries[^1].Hash.AsSpan());
        Assert.False(result.IsValid);
        Assert.Equal(first, result.FirstInvalidIndex);
    }

    [Fact]
    public void ARemovedEntry_AndATruncatedChain_AreReported()
    {
        var removed = Chain.ToList();
        removed.RemoveAt(30_000);
        Assert.Equal(30_000, PointsLedger.Verify(removed, CivilityArbitraries.Key, []).FirstInvalidIndex);
        var truncated = Chain.Take(39_000).ToList();
        Assert.Equal(39_000, PointsLedger.Verify(truncated, CivilityArbitraries.Key, Chain[^1].Hash.AsSpan()).FirstInvalidIndex);
        Assert.True(PointsLedger.Verify(Chain, CivilityArbitraries.Key, Chain[^1].Hash.AsSpan()).IsValid);
    }
}
