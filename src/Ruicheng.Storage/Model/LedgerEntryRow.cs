namespace Ruicheng.Storage.Model;

/// <summary>One ledger entry as stored: append-only, keyed by (ledger, sequence); the idempotency key is unique.</summary>
internal sealed class LedgerEntryRow
{
    public string Ledger { get; set; } = string.Empty;

    public long Sequence { get; set; }

    public string EntryId { get; set; } = string.Empty;

    public string Resident { get; set; } = string.Empty;

    public int Kind { get; set; }

    /// <summary>The rule id, or the empty string for entries without a rule (so the unique key never holds a null).</summary>
    public string RuleKey { get; set; } = string.Empty;

    public string RulebookVersion { get; set; } = string.Empty;

    public string SourceEventId { get; set; } = string.Empty;

    public DateOnly OccurredOn { get; set; }

    /// <summary>The quantity as invariant decimal text, exactly as recorded (the hash never depends on how a store writes a decimal).</summary>
    public string Quantity { get; set; } = string.Empty;

    public long Points { get; set; }

    public string? Reverses { get; set; }

    public long RecordedAtTicks { get; set; }

    public string KeyId { get; set; } = string.Empty;

    public byte[] Hash { get; set; } = [];
}
