using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// An appended, immutable entry of the points ledger (积分台账), chained to the previous entry by an HMAC so that
/// any alteration, reordering or removal is detectable (<see cref="PointsLedger.Verify"/>). Holds resident ids,
/// never names or ID-card numbers.
/// </summary>
public sealed class PointsEntry
{
    private PointsEntry(
        long sequence, EntryId id, ResidentId resident, EntryKind kind, RuleId? rule, RulebookVersion rulebookVersion, string sourceEventId,
        LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt, ImmutableArray<byte> hash)
    {
        Sequence = sequence;
        Id = id;
        Resident = resident;
        Kind = kind;
        Rule = rule;
        RulebookVersion = rulebookVersion;
        SourceEventId = sourceEventId;
        OccurredOn = occurredOn;
        Quantity = quantity;
        Points = points;
        Reverses = reverses;
        RecordedAt = recordedAt;
        Hash = hash;
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
    public RuleId? Rule { get; }

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
    public EntryId? Reverses { get; }

    /// <summary>When it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>HMAC-SHA256 over the previous entry's hash and this entry's fields.</summary>
    public ImmutableArray<byte> Hash { get; }

    /// <summary>
    /// Recreates an entry from storage, exactly as stored (no checks): the way to load a persisted ledger, after
    /// which <see cref="PointsLedger.Verify"/> tells whether anything was altered.
    /// </summary>
    /// <param name="sequence">The stored sequence.</param>
    /// <param name="id">The stored id.</param>
    /// <param name="resident">The stored resident.</param>
    /// <param name="kind">The stored kind.</param>
    /// <param name="rule">The stored rule.</param>
    /// <param name="rulebookVersion">The stored rulebook version.</param>
    /// <param name="sourceEventId">The stored source event id.</param>
    /// <param name="occurredOn">The stored date.</param>
    /// <param name="quantity">The stored quantity.</param>
    /// <param name="points">The stored points.</param>
    /// <param name="reverses">The stored reversed entry.</param>
    /// <param name="recordedAt">The stored instant.</param>
    /// <param name="hash">The stored hash.</param>
    public static PointsEntry Restore(
        long sequence, EntryId id, ResidentId resident, EntryKind kind, RuleId? rule, RulebookVersion rulebookVersion, string sourceEventId,
        LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt, ImmutableArray<byte> hash)
    {
        ArgumentNullException.ThrowIfNull(sourceEventId);
        return new(sequence, id, resident, kind, rule, rulebookVersion, sourceEventId, occurredOn, quantity, points, reverses, recordedAt, hash);
    }

    internal static PointsEntry Create(
        long sequence, ResidentId resident, EntryKind kind, RuleId? rule, RulebookVersion version, string sourceEventId,
        LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt, ReadOnlySpan<byte> previousHash, byte[] key)
    {
        var id = EntryId.From(string.Create(CultureInfo.InvariantCulture, $"E-{sequence:D12}"));
        var unhashed = new PointsEntry(sequence, id, resident, kind, rule, version, sourceEventId, occurredOn, quantity, points, reverses, recordedAt, []);
        return new PointsEntry(sequence, id, resident, kind, rule, version, sourceEventId, occurredOn, quantity, points, reverses, recordedAt, [.. unhashed.ComputeHash(previousHash, key)]);
    }

    internal byte[] ComputeHash(ReadOnlySpan<byte> previousHash, byte[] key)
    {
        var canonical = string.Join(
            '\u001F',
            Sequence.ToString(CultureInfo.InvariantCulture),
            Id.Value,
            Resident.Value,
            ((int)Kind).ToString(CultureInfo.InvariantCulture),
            Rule?.Value ?? string.Empty,
            RulebookVersion.ToString(),
            SourceEventId,
            LocalDatePattern.Iso.Format(OccurredOn),
            Quantity.ToString(CultureInfo.InvariantCulture),
            Points.ToString(CultureInfo.InvariantCulture),
            Reverses?.Value ?? string.Empty,
            InstantPattern.ExtendedIso.Format(RecordedAt));
        var bytes = new byte[previousHash.Length + Encoding.UTF8.GetByteCount(canonical)];
        previousHash.CopyTo(bytes);
        Encoding.UTF8.GetBytes(canonical, bytes.AsSpan(previousHash.Length));
        return System.Security.Cryptography.HMACSHA256.HashData(key, bytes);
    }

    /// <summary><c>id resident kind points (rule) on date</c>.</summary>
    public override string ToString() => $"{Id} {Resident} {Kind} {Points:+#;-#;0} ({Rule}) on {OccurredOn:uuuu-MM-dd}";
}
