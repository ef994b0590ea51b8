using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 12 (reopening fast): a long stored ledger is checked against the rulebook while its chain is verified. The
/// verdict stays what it was when the two ran one after the other: a broken chain reports its first bad entry and
/// nothing else, and a stored entry the ledger could not have appended is reported — never thrown — even when its
/// quantity is one no rule gives points for.
/// </summary>
public sealed class LongLedgersAreCheckedWhileTheirChainIsVerified
{
    private const int Length = 40_000;
    private static readonly Instant At = Instant.FromUtc(2026, 6, 30, 2, 0);

    /// <summary>A validly signed chain in which entry <paramref name="odd"/> (when given) has a fractional count of an occurrence rule.</summary>
    private static List<PointsEntry> Signed(int? odd)
    {
        var entries = new List<PointsEntry>(Length);
        var version = CivilityArbitraries.Rulebook.Header.Version;
        for (var i = 0; i < Length; i++)
        {
            var quantity = i == odd ? 1.5m : 1m;
            var points = i == odd ? 15 : 10;
            entries.Add(PointsEntry.Create(
                i, ResidentId.From($"R-{i % 997}"), EntryKind.Award, RuleId.From("security-patrol"), version, $"e{i}",
                new LocalDate(2025, 1, 1).PlusDays(i % 500), quantity, points, null, At, i == 0 ? [] : entries[i - 1].Hash.AsSpan(), CivilityArbitraries.Key));
        }

        return entries;
    }

    [Fact]
    public void AValidLongChain_RestoresEveryEntry()
    {
        var entries = Signed(null);
        var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], entries[^1].Hash.AsSpan());
        Assert.True(restored.IsSuccess, restored.ToString());
        Assert.Equal(Length, restored.Value.Entries.Count);
        Assert.True(restored.Value.Head.AsSpan().SequenceEqual(entries[^1].Hash.AsSpan()));
    }

    [Fact]
    public void ASignedEntryNoRuleGivesPointsFor_IsReported_NotThrown()
    {
        var entries = Signed(odd: 25_000);
        var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], entries[^1].Hash.AsSpan());
        var violation = Assert.Single(restored.Violations);
        Assert.Equal(RestoredLedgerMustBeConsistentRule.Id, violation.Code);
        Assert.Equal("entries[25000]", violation.Path);
        Assert.Contains("gives no points for a quantity of 1.5", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABrokenChain_ReportsOnlyItsFirstBadEntry_EvenWhenEntriesAreAlsoInconsistent()
    {
        var entries = Signed(odd: 30_000);
        var e = entries[10_000];
        entries[10_000] = PointsEntry.Restore(
            e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, 0.5m, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash);
        var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], entries[^1].Hash.AsSpan());
        var violation = Assert.Single(restored.Violations);
        Assert.Equal("entries[10000]", violation.Path);
        Assert.Contains("hash chain does not verify", violation.Message, StringComparison.Ordinal);
    }
}
