using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 18: <c>Entries</c> was the internal list (a downcast removed entries and <c>Head</c> followed) and the
/// per-resident lists were outside the chain (a forged award changed a balance from 45 to 100,045 while Verify
/// stayed valid).
/// </summary>
public class LedgerCannotBeForgedInMemory
{
    private static readonly ResidentId Resident = ResidentId.From("R-1");
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 30, 2, 0);

    private static PointsLedger LedgerWithEntries()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest(
        [
            EntryDraft.Award(Resident, "a", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1, Now, review: "council minute"),
            EntryDraft.Award(Resident, "b", RuleId.From("volunteer-labour"), new LocalDate(2026, 6, 2), 2, Now, review: "council minute"),
            EntryDraft.Redemption(Resident, "c", new LocalDate(2026, 6, 3), 3, Now),
        ]);
        return ledger;
    }

    [Fact]
    public void Views_AreImmutableSnapshots_ADowncastCannotChangeTheLedger()
    {
        var ledger = LedgerWithEntries();
        var head = ledger.Head;
        var balance = ledger.Balance(Resident);
        var forged = ledger.Entries[0];

        // The views are read-only lists, not collections with mutators that throw: no downcast reaches a mutator.
        Assert.IsNotAssignableFrom<ICollection<PointsEntry>>(ledger.Entries);
        Assert.IsNotAssignableFrom<ICollection<PointsEntry>>(ledger.EntriesOf(Resident));
        Assert.IsNotAssignableFrom<System.Collections.IList>(ledger.Entries);
        Assert.Same(forged, ledger.Entries[0]);

        Assert.Equal(3, ledger.Entries.Count);
        Assert.Equal(3, ledger.EntriesOf(Resident).Count);
        Assert.Equal(head, ledger.Head);
        Assert.Equal(balance, ledger.Balance(Resident));
    }

    [Fact]
    public void ASnapshot_DoesNotChange_WhenTheLedgerGrows()
    {
        var ledger = LedgerWithEntries();
        var before = ledger.Entries;
        var residentBefore = ledger.EntriesOf(Resident);
        ledger.Ingest([EntryDraft.Award(Resident, "d", RuleId.From("security-patrol"), new LocalDate(2026, 6, 4), 1, Now, review: "council minute")]);
        Assert.Equal(3, before.Count);
        Assert.Equal(3, residentBefore.Count);
        Assert.Equal(4, ledger.Entries.Count);
    }

    /// <summary>Every field a public member can set on a stored entry (through <see cref="PointsEntry.Restore"/>) is under the hash.</summary>
    [Theory]
    [InlineData("sequence")]
    [InlineData("id")]
    [InlineData("resident")]
    [InlineData("kind")]
    [InlineData("rule")]
    [InlineData("rulebookVersion")]
    [InlineData("source")]
    [InlineData("date")]
    [InlineData("quantity")]
    [InlineData("points")]
    [InlineData("reverses")]
    [InlineData("recordedAt")]
    [InlineData("keyId")]
    [InlineData("hash")]
    public void Verify_Fails_AfterAnyChangeToAnyField(string field)
    {
        var ledger = LedgerWithEntries();
        var entries = ledger.Entries.ToList();
        var e = entries[1];
        entries[1] = field switch
        {
            "sequence" => Restore(e, sequence: 7),
            "id" => Restore(e, id: EntryId.From("E-forged")),
            "resident" => Restore(e, resident: ResidentId.From("R-2")),
            "kind" => Restore(e, kind: EntryKind.Deduction),
            "rule" => Restore(e, rule: RuleId.From("security-patrol")),
            "rulebookVersion" => Restore(e, version: Ruicheng.Primitives.Rulebooks.RulebookVersion.Parse("9.9")),
            "source" => Restore(e, source: "forged"),
            "date" => Restore(e, date: e.OccurredOn.PlusDays(1)),
            "quantity" => Restore(e, quantity: e.Quantity + 1),
            "points" => Restore(e, points: e.Points + 100_000),
            "reverses" => Restore(e, reverses: EntryId.From("E-000000000000")),
            "recordedAt" => Restore(e, recordedAt: e.RecordedAt + Duration.FromSeconds(1)),
            "keyId" => Restore(e, keyId: "other-key"),
            _ => Restore(e, hash: [.. e.Hash.Reverse()]),
        };

        var verification = PointsLedger.Verify(entries, CivilityArbitraries.Key, ledger.Head.AsSpan());
        Assert.False(verification.IsValid);
        Assert.Equal(1, verification.FirstInvalidIndex);
        Assert.False(PointsLedger.Restore(CivilityArbitraries.Rulebook, entries, CivilityArbitraries.Key, [], ledger.Head.AsSpan()).IsSuccess);
    }

    [Fact]
    public void ARestoredLedger_ComputesBalancesFromItsChainOnly_AndTakesNewEntries()
    {
        var ledger = LedgerWithEntries();
        var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, ledger.Entries, CivilityArbitraries.Key, [], ledger.Head.AsSpan()).Value;
        Assert.Equal(ledger.Balance(Resident), restored.Balance(Resident));
        Assert.Equal(ledger.SpendableBalance(Resident), restored.SpendableBalance(Resident));

        var next = restored.Ingest([EntryDraft.Award(Resident, "d", RuleId.From("security-patrol"), new LocalDate(2026, 6, 4), 1, Now, review: "council minute")]);
        Assert.Equal(3, Assert.Single(next.Appended).Sequence);
        Assert.True(PointsLedger.Verify(restored.Entries, CivilityArbitraries.Key, restored.Head.AsSpan()).IsValid);

        // Re-delivery after a restart is still a duplicate, never a second award.
        var again = restored.Ingest([EntryDraft.Award(Resident, "a", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1, Now, review: "council minute")]);
        Assert.Equal([0], again.Duplicates.ToArray());
    }

    [Fact]
    public void Restore_RefusesEntriesTheRulebookDoesNotGive_WithTheirPath()
    {
        var five = CivilityRulebookText.Load([CivilityRulebookText.Category("c")], [CivilityRulebookText.Rule("r", "c", 5)]);
        var ten = CivilityRulebookText.Load([CivilityRulebookText.Category("c")], [CivilityRulebookText.Rule("r", "c", 10)]);
        var ledger = new PointsLedger(five, CivilityArbitraries.Key);
        ledger.Ingest([EntryDraft.Award(Resident, "a", RuleId.From("r"), new LocalDate(2026, 6, 1), 1, Now, review: "council minute")]);

        var result = PointsLedger.Restore(ten, ledger.Entries, CivilityArbitraries.Key, [], ledger.Head.AsSpan());
        var violation = Assert.Single(result.Violations);
        Assert.Equal(("ledger.restore.inconsistent", "entries[0]"), (violation.Code.Value, violation.Path));
        Assert.Contains("gives 10", violation.Message, StringComparison.Ordinal);
    }

    private static PointsEntry Restore(
        PointsEntry e, long? sequence = null, EntryId? id = null, ResidentId? resident = null, EntryKind? kind = null, RuleId? rule = null,
        Ruicheng.Primitives.Rulebooks.RulebookVersion? version = null, string? source = null, LocalDate? date = null, decimal? quantity = null,
        long? points = null, EntryId? reverses = null, Instant? recordedAt = null, string? keyId = null, ImmutableArray<byte>? hash = null) =>
        PointsEntry.Restore(
            sequence ?? e.Sequence, id ?? e.Id, resident ?? e.Resident, kind ?? e.Kind, rule ?? e.Rule, version ?? e.RulebookVersion,
            source ?? e.SourceEventId, date ?? e.OccurredOn, quantity ?? e.Quantity, points ?? e.Points, reverses ?? e.Reverses,
            recordedAt ?? e.RecordedAt, keyId ?? e.KeyId, hash ?? e.Hash);
}
