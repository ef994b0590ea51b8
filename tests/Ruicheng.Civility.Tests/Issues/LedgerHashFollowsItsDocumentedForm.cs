using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 12 (reopening a county's ledger fast): the hash is now written field by field into one buffer. It must stay
/// exactly what <see cref="PointsEntry.Hash"/> documents — HMAC-SHA256 over the previous hash and the fields joined by
/// U+001F — or every ledger stored before would fail verification. Computed here independently from the documentation,
/// for awards, per-hour quantities, redemptions, reversals and several keys.
/// </summary>
public sealed class LedgerHashFollowsItsDocumentedForm
{
    private static readonly byte[] Secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void EveryEntry_HashesAsDocumented()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, CivilityArbitraries.Key);
        var at = Instant.FromUtc(2026, 6, 30, 2, 0, 7) + Duration.FromTicks(1_234_500);
        ledger.Ingest(
        [
            EntryDraft.Award(ResidentId.From("R-张三-1"), "s1", RuleId.From("security-patrol"), new LocalDate(2026, 5, 1), 2, at),
            EntryDraft.Award(ResidentId.From("R-2"), "s2", RuleId.From("volunteer-hours"), new LocalDate(2026, 5, 2), 1.50m, at, review: "council minute"),
            EntryDraft.Award(ResidentId.From("R-2"), "s3", RuleId.From("security-patrol"), new LocalDate(2026, 5, 3), 1, Instant.FromUtc(2026, 7, 1, 0, 0)),
        ]);
        var report = ledger.Ingest([EntryDraft.Redemption(ResidentId.From("R-2"), "shop-1", new LocalDate(2026, 6, 1), 3, at)]);
        Assert.Empty(report.Rejected);
        var previous = Array.Empty<byte>();
        foreach (var entry in ledger.Entries)
        {
            var canonical = string.Join('\u001F',
                entry.Sequence.ToString(CultureInfo.InvariantCulture), entry.Id.Value, entry.Resident.Value, ((int)entry.Kind).ToString(CultureInfo.InvariantCulture),
                entry.Rule?.Value ?? string.Empty, entry.RulebookVersion.ToString(), entry.SourceEventId, LocalDatePattern.Iso.Format(entry.OccurredOn),
                entry.Quantity == 0m ? "0" : entry.Quantity.ToString("0.############################", CultureInfo.InvariantCulture),
                entry.Points.ToString(CultureInfo.InvariantCulture), entry.Reverses?.Value ?? string.Empty, InstantPattern.ExtendedIso.Format(entry.RecordedAt), entry.KeyId);
            var expected = HMACSHA256.HashData(Secret, (byte[])[.. previous, .. Encoding.UTF8.GetBytes(canonical)]);
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(entry.Hash.AsSpan()));
            previous = [.. entry.Hash];
        }

        Assert.True(PointsLedger.Verify(ledger.Entries, CivilityArbitraries.Key, ledger.Head.AsSpan()).IsValid);
    }

    /// <summary>
    /// Whole quantities are written through a fast path; every quantity — whole at any scale, fractional, negative, at the
    /// ends of the range — must still hash as its documented normalised text.
    /// </summary>
    [Property(MaxTest = 400)]
    public Property AnyQuantity_HashesAsItsNormalisedText() =>
        Prop.ForAll(QuantityGen.ToArbitrary(), quantity =>
        {
            var entry = PointsEntry.Restore(
                0, EntryId.From("E-000000000000"), ResidentId.From("R-1"), EntryKind.Award, RuleId.From("security-patrol"),
                CivilityArbitraries.Rulebook.Header.Version, "s", new LocalDate(2026, 5, 1), quantity, 10, null, Instant.FromUtc(2026, 6, 30, 2, 0), CivilityArbitraries.Key.Id, []);
            var text = quantity == 0m ? "0" : quantity.ToString("0.############################", CultureInfo.InvariantCulture);
            var canonical = string.Join('\u001F', "0", "E-000000000000", "R-1", "0", "security-patrol", entry.RulebookVersion.ToString(), "s", "2026-05-01", text, "10", string.Empty, "2026-06-30T02:00:00Z", entry.KeyId);
            var expected = HMACSHA256.HashData(Secret, Encoding.UTF8.GetBytes(canonical));
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(entry.ComputeHash([], CivilityArbitraries.Key)));
        });

    private static readonly Gen<decimal> QuantityGen = Gen.OneOf(
        from whole in Gen.Choose(-1_000_000, 1_000_000) from scale in Gen.Choose(0, 20) select decimal.Parse($"{whole}.{new string('0', scale)}", CultureInfo.InvariantCulture),
        from units in Gen.Choose(-1_000_000, 1_000_000) from scale in Gen.Choose(1, 9) select units / (decimal)Math.Pow(10, scale),
        Gen.Elements(decimal.MaxValue, decimal.MinValue, 0.5m, -0.0m, 0.000m, 9_223_372_036_854_775_807m, 9_223_372_036_854_775_808m, -9_223_372_036_854_775_808m, -9_223_372_036_854_775_809m, 12345678901234567890.00m, 1e-28m));
}
