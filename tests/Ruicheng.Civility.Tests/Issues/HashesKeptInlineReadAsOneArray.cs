using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 12 (reopening fast): an entry keeps its 32-byte hash inline instead of in an array of its own. <c>Hash</c>
/// must still be one array per entry — equal to itself on every read, from any thread — and a stored hash of another
/// length must come back exactly as stored and fail verification, not be cut or padded.
/// </summary>
public sealed class HashesKeptInlineReadAsOneArray
{
    private static readonly Instant At = Instant.FromUtc(2026, 6, 30, 2, 0);

    private static PointsLedger Ledger()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([.. Enumerable.Range(0, 3).Select(i => EntryDraft.Award(ResidentId.From("R-1"), $"p{i}", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1 + i), 1, At))]);
        return ledger;
    }

    [Fact]
    public void Hash_IsTheSameArray_OnEveryRead_FromEveryThread()
    {
        var entry = Ledger().Entries[1];

        var reads = Enumerable.Range(0, 8).AsParallel().Select(_ => entry.Hash).ToList();
        var later = entry.Hash;

        Assert.All(reads, read => Assert.True(read == later));
        Assert.Equal(reads[0], later);
        Assert.Equal(32, later.Length);
    }

    [Fact]
    public void TheHead_IsTheLastEntrysHash()
    {
        var ledger = Ledger();

        Assert.True(ledger.Head == ledger.Entries[^1].Hash);
        Assert.True(PointsLedger.Verify(ledger.Entries, CivilityArbitraries.Key, ledger.Head.AsSpan()).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(31)]
    [InlineData(33)]
    public void AStoredHashOfAnotherLength_ComesBackAsStored_AndDoesNotVerify(int length)
    {
        var entries = Ledger().Entries.ToList();
        var e = entries[1];
        var stored = ImmutableArray.Create(Enumerable.Range(0, length).Select(i => (byte)(i + 1)).ToArray());
        entries[1] = PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity, e.Points, e.Reverses, e.RecordedAt, e.KeyId, stored);

        Assert.Equal<byte>(stored, entries[1].Hash);
        var verification = PointsLedger.Verify(entries, CivilityArbitraries.Key, []);
        Assert.False(verification.IsValid);
        Assert.Equal(1, verification.FirstInvalidIndex);
    }

    [Fact]
    public void Restore_CopiesTheHash_SoTheCallersArrayCanBeReused()
    {
        var e = Ledger().Entries[0];
        var buffer = e.Hash.ToArray();
        var restored = PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, e.Quantity, e.Points, e.Reverses, e.RecordedAt, e.KeyId, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(buffer));

        Array.Clear(buffer);

        Assert.Equal<byte>(e.Hash, restored.Hash);
    }
}
