using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// An appended, immutable entry of the points ledger (积分台账), chained to the previous entry by an HMAC so that
/// any alteration, reordering or removal is detectable (<see cref="PointsLedger.Verify(IReadOnlyList{PointsEntry}, IEnumerable{LedgerKey}, ReadOnlySpan{byte})"/>). Holds resident ids,
/// never names or ID-card numbers.
/// </summary>
public sealed class PointsEntry
{
    // Held unset rather than as nullables (8 bytes each, not 16): a county keeps a million entries in memory.
    private readonly RuleId _rule;
    private readonly EntryId _reverses;

    // The 32 bytes of an HMAC-SHA256 inline: a reopened county ledger holds a million entries and no hash array until
    // one is asked for (then one, kept, so Hash gives the same array every time). A stored hash of any other length,
    // which never verifies, is kept as stored so a verification can report it.
    private readonly HashBytes _hash;
    private byte[]? _hashArray;

    private PointsEntry(
        long sequence, EntryId id, ResidentId resident, EntryKind kind, RuleId? rule, RulebookVersion rulebookVersion, string sourceEventId,
        LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt, string keyId, ImmutableArray<byte> hash)
    {
        Sequence = sequence;
        Id = id;
        Resident = resident;
        Kind = kind;
        _rule = rule ?? default;
        RulebookVersion = rulebookVersion;
        SourceEventId = sourceEventId;
        OccurredOn = occurredOn;
        Quantity = quantity;
        Points = points;
        _reverses = reverses ?? default;
        RecordedAt = recordedAt;
        KeyId = keyId;
        if (hash.Length == HashLength)
        {
            hash.AsSpan().CopyTo(_hash);
        }
        else
        {
            _hashArray = hash.IsDefaultOrEmpty ? [] : [.. hash];
        }
    }

    /// <summary>The position in the ledger, from 0.</summary>
    public long Sequence { get; }

    /// <summary>The entry's id.</summary>
    public EntryId Id { get; }

    /// <summary>The resident.</summary>
    public ResidentId Resident { get; }

    /// <summary>What the entry records.</summary>
    public EntryKind Kind { get; }

    /// <summary>The points rule, for awards and deductions.</summary>
    public RuleId? Rule => _rule.IsDefault ? null : _rule;

    /// <summary>The version of the rulebook in force when it was recorded.</summary>
    public RulebookVersion RulebookVersion { get; }

    /// <summary>The source event's id (part of the idempotency key).</summary>
    public string SourceEventId { get; }

    /// <summary>The civil date of the deed.</summary>
    public LocalDate OccurredOn { get; }

    /// <summary>Occurrences, hours or points spent.</summary>
    public decimal Quantity { get; }

    /// <summary>The signed points before caps: positive awards, negative deductions, redemptions and resets; a reversal carries the negation of what it cancels.</summary>
    public long Points { get; }

    /// <summary>For a reversal, the entry it cancels.</summary>
    public EntryId? Reverses => _reverses.IsDefault ? null : _reverses;

    /// <summary>
    /// When it was recorded, to 100 ns (one tick): an entry the ledger appends keeps its draft's instant with any finer
    /// digits dropped towards the past, the precision every store keeps, so a stored chain always verifies.
    /// </summary>
    public Instant RecordedAt { get; }

    /// <summary>The id of the <see cref="LedgerKey"/> that signed this entry.</summary>
    public string KeyId { get; }

    /// <summary>
    /// HMAC-SHA256, under the key named by <see cref="KeyId"/>, over the previous entry's hash followed by this entry's
    /// canonical form: its fields joined by U+001F, in declaration order (sequence, id, resident, kind number, rule or
    /// empty, rulebook version, source event id, ISO date, quantity, points, reversed id or empty, ISO instant, key id),
    /// numbers in invariant culture and the quantity <b>normalised</b> (no trailing zeros, so 1, 1.0 and 1.00 hash
    /// alike and a store that rewrites a decimal's scale never raises a false tamper alarm), encoded as UTF-8. Every
    /// read gives the same array.
    /// </summary>
    public ImmutableArray<byte> Hash => ImmutableCollectionsMarshal.AsImmutableArray(
        Volatile.Read(ref _hashArray) ?? Interlocked.CompareExchange(ref _hashArray, ((ReadOnlySpan<byte>)_hash).ToArray(), null) ?? _hashArray);

    /// <summary>The hash's bytes, without a copy.</summary>
    internal ReadOnlySpan<byte> HashBytesSpan => Volatile.Read(ref _hashArray) ?? (ReadOnlySpan<byte>)_hash;

    /// <summary>
    /// Recreates an entry from storage, exactly as stored (no checks): the way to load a persisted ledger, after
    /// which <see cref="PointsLedger.Verify(IReadOnlyList{PointsEntry}, IEnumerable{LedgerKey}, ReadOnlySpan{byte})"/> tells whether anything was altered.
    /// </summary>
    /// <param name="sequence">The stored sequence.</param>
    /// <param name="id">The stored id.</param>
    /// <param name="resident">The stored resident.</param>
    /// <param name="kind">The stored kind.</param>
    /// <param name="rule">The stored rule (null, or the unset id, for an entry without one).</param>
    /// <param name="rulebookVersion">The stored rulebook version.</param>
    /// <param name="sourceEventId">The stored source event id.</param>
    /// <param name="occurredOn">The stored date.</param>
    /// <param name="quantity">The stored quantity.</param>
    /// <param name="points">The stored points.</param>
    /// <param name="reverses">The stored reversed entry (null, or the unset id, for none).</param>
    /// <param name="recordedAt">The stored instant.</param>
    /// <param name="keyId">The stored key id.</param>
    /// <param name="hash">The stored hash (copied: the entry never holds the caller's array).</param>
    /// <exception cref="ArgumentNullException"><paramref name="sourceEventId"/> or <paramref name="keyId"/> is null.</exception>
    public static PointsEntry Restore(
        long sequence, EntryId id, ResidentId resident, EntryKind kind, RuleId? rule, RulebookVersion rulebookVersion, string sourceEventId,
        LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt, string keyId, ImmutableArray<byte> hash)
    {
        ArgumentNullException.ThrowIfNull(sourceEventId);
        ArgumentNullException.ThrowIfNull(keyId);
        return new(sequence, id, resident, kind, rule, rulebookVersion, sourceEventId, occurredOn, quantity, points, reverses, recordedAt, keyId, hash.IsDefault ? [] : hash);
    }

    internal static PointsEntry Create(
        long sequence, ResidentId resident, EntryKind kind, RuleId? rule, RulebookVersion version, string sourceEventId,
        LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt, ReadOnlySpan<byte> previousHash, LedgerKey key)
    {
        var id = LedgerIds.Of(sequence);
        recordedAt = Instant.FromUnixTimeTicks(recordedAt.ToUnixTimeTicks());
        var unhashed = new PointsEntry(sequence, id, resident, kind, rule, version, sourceEventId, occurredOn, quantity, points, reverses, recordedAt, key.Id, []);
        return new PointsEntry(sequence, id, resident, kind, rule, version, sourceEventId, occurredOn, quantity, points, reverses, recordedAt, key.Id, ImmutableCollectionsMarshal.AsImmutableArray(unhashed.ComputeHash(previousHash, key)));
    }

    internal byte[] ComputeHash(ReadOnlySpan<byte> previousHash, LedgerKey key)
    {
        var hash = new byte[HashLength];
        using var signer = key.NewSigner();
        ComputeHash(previousHash, signer, null, hash);
        return hash;
    }

    /// <summary>
    /// Whether the stored hash is the one the entry's fields and the previous hash give, under a signer made from the
    /// entry's key (<see cref="LedgerKey.NewSigner"/>, reused across entries) and a cache of the last instant written.
    /// </summary>
    internal bool HashMatches(ReadOnlySpan<byte> previousHash, System.Security.Cryptography.HMACSHA256 signer, InstantText? instants)
    {
        Span<byte> computed = stackalloc byte[HashLength];
        ComputeHash(previousHash, signer, instants, computed);
        return HashBytesSpan.SequenceEqual(computed);
    }

    private const int HashLength = 32;

    [System.Runtime.CompilerServices.InlineArray(HashLength)]
    private struct HashBytes
    {
        private byte _first;
    }

    /// <summary>The last instant written in the ISO form and its text: a verification pass formats each distinct instant once in a row.</summary>
    internal sealed class InstantText
    {
        private Instant _last = Instant.MinValue;
        private string _text = string.Empty;

        public string Of(Instant instant)
        {
            if (instant != _last || _text.Length == 0)
            {
                _text = InstantPattern.ExtendedIso.Format(instant);
                _last = instant;
            }

            return _text;
        }
    }

    /// <summary>
    /// The hash as <see cref="Hash"/> documents it, written field by field as UTF-8 into one buffer (no intermediate
    /// strings for the numbers and the date), since verifying a county's chain hashes every entry.
    /// </summary>
    private void ComputeHash(ReadOnlySpan<byte> previousHash, System.Security.Cryptography.HMACSHA256 signer, InstantText? instants, Span<byte> destination)
    {
        var recorded = instants?.Of(RecordedAt) ?? InstantPattern.ExtendedIso.Format(RecordedAt);
        var length = previousHash.Length + 13 * 4 + 96
            + Encoding.UTF8.GetMaxByteCount(Id.Value.Length + Resident.Value.Length + (Rule?.Value.Length ?? 0) + SourceEventId.Length
                + (Reverses?.Value.Length ?? 0) + recorded.Length + KeyId.Length);
        var rented = length <= 1024 ? null : System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        Span<byte> buffer = rented is null ? stackalloc byte[1024] : rented;
        try
        {
            previousHash.CopyTo(buffer);
            var at = previousHash.Length;
            Number(buffer, ref at, Sequence);
            Text(buffer, ref at, Id.Value);
            Text(buffer, ref at, Resident.Value);
            Number(buffer, ref at, (int)Kind);
            Text(buffer, ref at, Rule?.Value ?? string.Empty);
            Number(buffer, ref at, RulebookVersion.Major);
            buffer[at - 1] = (byte)'.';
            Number(buffer, ref at, RulebookVersion.Minor);
            Text(buffer, ref at, SourceEventId);
            Date(buffer, ref at, OccurredOn);
            WriteQuantity(buffer, ref at, Quantity);
            Number(buffer, ref at, Points);
            Text(buffer, ref at, Reverses?.Value ?? string.Empty);
            Text(buffer, ref at, recorded);
            at += Encoding.UTF8.GetBytes(KeyId, buffer[at..]);
            signer.TryComputeHash(buffer[..at], destination, out _);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static void Text(Span<byte> buffer, ref int at, string value)
    {
        at += Encoding.UTF8.GetBytes(value, buffer[at..]);
        buffer[at++] = 0x1F;
    }

    private static void Number(Span<byte> buffer, ref int at, long value)
    {
        value.TryFormat(buffer[at..], out var written, default, CultureInfo.InvariantCulture);
        at += written;
        buffer[at++] = 0x1F;
    }

    private static void Date(Span<byte> buffer, ref int at, LocalDate date)
    {
        if (date.Year is >= 0 and <= 9999)
        {
            // The ISO pattern (uuuu-MM-dd) of a four-digit year, digit by digit: a format string is parsed per call.
            var (year, month, day) = (date.Year, date.Month, date.Day);
            buffer[at] = (byte)('0' + (year / 1000));
            buffer[at + 1] = (byte)('0' + (year / 100 % 10));
            buffer[at + 2] = (byte)('0' + (year / 10 % 10));
            buffer[at + 3] = (byte)('0' + (year % 10));
            buffer[at + 4] = (byte)'-';
            buffer[at + 5] = (byte)('0' + (month / 10));
            buffer[at + 6] = (byte)('0' + (month % 10));
            buffer[at + 7] = (byte)'-';
            buffer[at + 8] = (byte)('0' + (day / 10));
            buffer[at + 9] = (byte)('0' + (day % 10));
            at += 10;
            buffer[at++] = 0x1F;
        }
        else
        {
            Text(buffer, ref at, LocalDatePattern.Iso.Format(date));
        }
    }

    private static void WriteQuantity(Span<byte> buffer, ref int at, decimal value)
    {
        if (value == 0m)
        {
            buffer[at++] = (byte)'0';
        }
        else if (decimal.IsInteger(value) && value >= long.MinValue && value <= long.MaxValue)
        {
            // Most quantities are whole occurrences: the integer's digits are the normalised text (2.00 → "2"),
            // without parsing a custom format string per entry.
            ((long)value).TryFormat(buffer[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
        }
        else
        {
            value.TryFormat(buffer[at..], out var written, "0.############################", CultureInfo.InvariantCulture);
            at += written;
        }

        buffer[at++] = 0x1F;
    }

    /// <summary><c>id resident kind points (rule) on date</c>.</summary>
    public override string ToString() => $"{Id} {Resident} {Kind} {Points:+#;-#;0} ({Rule}) on {OccurredOn:uuuu-MM-dd}";
}
