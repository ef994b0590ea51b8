using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>Issue 18: an all-zero key was accepted, and there was no key id or rotation.</summary>
public class LedgerKeysAreCheckedAndRotate
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 30, 2, 0);

    public static TheoryData<byte[]> DegenerateSecrets => new()
    {
        new byte[32],
        Enumerable.Repeat((byte)0xAB, 64).ToArray(),
        Enumerable.Range(0, 64).Select(i => (byte)(i % 4)).ToArray(),
        Enumerable.Range(1, 31).Select(i => (byte)i).ToArray(),
        Array.Empty<byte>(),
    };

    [Theory]
    [MemberData(nameof(DegenerateSecrets))]
    public void ShortOrDegenerateSecrets_AreRefused_NamingTheSecret(byte[] secret)
    {
        var error = Assert.Throws<ArgumentException>(() => LedgerKey.Create("k", secret));
        Assert.Equal("secret", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    public void InvalidKeyIds_AreRefused(string id) =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => LedgerKey.Create(id, Secret(1))).ParamName);

    [Fact]
    public void ToString_NeverShowsTheSecret() => Assert.Equal("LedgerKey k-2026", LedgerKey.Create("k-2026", Secret(1)).ToString());

    [Fact]
    public void AfterRotation_EntriesCarryTheNewKeyId_AndTheWholeHistoryVerifiesWithBothKeys()
    {
        var first = LedgerKey.Create("county-2025", Secret(1));
        var second = LedgerKey.Create("county-2026", Secret(2));
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, first);
        ledger.Ingest([Award("a", 1)]);
        ledger.RotateKey(second);
        ledger.Ingest([Award("b", 2)]);

        Assert.Equal(["county-2025", "county-2026"], ledger.Entries.Select(e => e.KeyId).ToArray());
        Assert.Equal("county-2026", ledger.SigningKeyId);
        Assert.True(PointsLedger.Verify(ledger.Entries, [first, second], ledger.Head.AsSpan()).IsValid);

        var onlyOld = PointsLedger.Verify(ledger.Entries, first, ledger.Head.AsSpan());
        Assert.False(onlyOld.IsValid);
        Assert.Equal(1, onlyOld.FirstInvalidIndex);
        Assert.Contains("county-2026", onlyOld.Reason, StringComparison.Ordinal);

        var restored = PointsLedger.Restore(CivilityArbitraries.Rulebook, ledger.Entries, second, [first], ledger.Head.AsSpan());
        Assert.True(restored.IsSuccess);
        Assert.Equal("county-2026", restored.Value.SigningKeyId);
    }

    [Fact]
    public void AKeyId_NamesOneSecretForever()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, LedgerKey.Create("k", Secret(1)));
        Assert.Throws<ArgumentException>(() => ledger.RotateKey(LedgerKey.Create("k", Secret(2))));
        ledger.RotateKey(LedgerKey.Create("k", Secret(1)));
        Assert.Throws<ArgumentException>(() => PointsLedger.Verify([], [LedgerKey.Create("k", Secret(1)), LedgerKey.Create("k", Secret(2))], []));
    }

    [Fact]
    public void TheWrongSecretUnderTheRightId_FailsVerification()
    {
        var ledger = new PointsLedger(CivilityArbitraries.Rulebook, LedgerKey.Create("k", Secret(1)));
        ledger.Ingest([Award("a", 1)]);
        Assert.False(PointsLedger.Verify(ledger.Entries, LedgerKey.Create("k", Secret(3)), []).IsValid);
    }

    private static byte[] Secret(int seed) => [.. Enumerable.Range(0, 32).Select(i => (byte)(((i * 7) + (seed * 31)) % 256))];

    private static EntryDraft Award(string source, int day) =>
        new(ResidentId.From("R-1"), source, EntryKind.Award, RuleId.From("security-patrol"), new LocalDate(2026, 6, day), 1, null, Now);
}
