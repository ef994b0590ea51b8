using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 12 (state survives a restart): an entry recorded at an instant between two 100 ns ticks was hashed with its
/// nanoseconds, but every store keeps instants as ticks, so the stored chain no longer verified on reopening. The
/// ledger now keeps a recorded instant to the tick (towards the past) before hashing it.
/// </summary>
public sealed class RecordedInstantsAreKeptToATick
{
    private static readonly Instant Tick = Instant.FromUtc(2026, 6, 30, 2, 0) + Duration.FromTicks(1_234_567);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(-1)]
    public void AnAppendedEntry_IsRecordedToTheTick(int nanoseconds)
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        var recorded = Tick + Duration.FromNanoseconds(nanoseconds);
        ledger.Ingest([EntryDraft.Award(ResidentId.From("R-1"), "p1", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1, recorded)]);
        var entry = ledger.Entries[0];

        Assert.Equal(Instant.FromUnixTimeTicks(recorded.ToUnixTimeTicks()), entry.RecordedAt);
        Assert.Equal(nanoseconds < 0 ? Tick - Duration.FromTicks(1) : Tick, entry.RecordedAt);

        // What a store gives back (ticks) verifies.
        var stored = PointsEntry.Restore(entry.Sequence, entry.Id, entry.Resident, entry.Kind, entry.Rule, entry.RulebookVersion, entry.SourceEventId,
            entry.OccurredOn, entry.Quantity, entry.Points, entry.Reverses, Instant.FromUnixTimeTicks(entry.RecordedAt.ToUnixTimeTicks()), entry.KeyId, entry.Hash);
        Assert.True(PointsLedger.Verify([stored], CivilityArbitraries.Key, ledger.Head.AsSpan()).IsValid);
    }

    [Fact]
    public void ADraftAgainAtAnotherNanosecond_IsADuplicate_NotAConflict()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        EntryDraft Draft(int nanoseconds) => EntryDraft.Award(ResidentId.From("R-1"), "p1", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1, Tick + Duration.FromNanoseconds(nanoseconds));
        ledger.Ingest([Draft(7)]);

        var again = ledger.Ingest([Draft(42)]);

        Assert.Single(again.Duplicates);
        Assert.Empty(again.Rejected);
        Assert.Single(ledger.Entries);
    }
}
