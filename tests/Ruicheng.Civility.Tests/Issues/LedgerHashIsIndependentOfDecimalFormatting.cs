using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 18: the canonical hash form printed the decimal as given, so a store returning 1.00 for 1 raised a false tamper alarm.</summary>
public class LedgerHashIsIndependentOfDecimalFormatting
{
    [Theory]
    [InlineData("1.00")]
    [InlineData("1.0")]
    [InlineData("1.0000000000000000000000000")]
    public void ALedgerPersistedWithTrailingZeros_Verifies(string storedQuantity)
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([EntryDraft.Award(ResidentId.From("R-1"), "a", RuleId.From("security-patrol"), new LocalDate(2026, 6, 1), 1m, Instant.FromUtc(2026, 6, 30, 2, 0), review: "council minute")]);
        var e = ledger.Entries[0];
        var quantity = decimal.Parse(storedQuantity, System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(e.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var stored = PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, quantity, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash);
        Assert.True(PointsLedger.Verify([stored], CivilityArbitraries.Key, ledger.Head.AsSpan()).IsValid);
        Assert.True(PointsLedger.Restore(CivilityArbitraries.Rulebook, [stored], CivilityArbitraries.Key, [], ledger.Head.AsSpan()).IsSuccess);
    }

    [Fact]
    public void HoursWithTrailingZeros_HashLikeTheirNormalForm()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        ledger.Ingest([EntryDraft.Award(ResidentId.From("R-1"), "a", RuleId.From("volunteer-hours"), new LocalDate(2026, 6, 1), 2.50m, Instant.FromUtc(2026, 6, 30, 2, 0), review: "council minute")]);
        var e = ledger.Entries[0];
        var stored = PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, 2.5m, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash);
        Assert.True(PointsLedger.Verify([stored], CivilityArbitraries.Key, []).IsValid);
        var altered = PointsEntry.Restore(e.Sequence, e.Id, e.Resident, e.Kind, e.Rule, e.RulebookVersion, e.SourceEventId, e.OccurredOn, 2.51m, e.Points, e.Reverses, e.RecordedAt, e.KeyId, e.Hash);
        Assert.False(PointsLedger.Verify([altered], CivilityArbitraries.Key, []).IsValid);
    }
}
