namespace Ruicheng.Storage;

/// <summary>The violation codes of the store: each names what the host must decide.</summary>
public static class StoreRules
{
    /// <summary><c>storage.unreadable</c>: the file or server is not a Ruicheng store (corrupt, foreign, unreachable).</summary>
    public static RuleId Unreadable { get; } = RuleId.From("storage.unreadable");

    /// <summary><c>storage.schema.newer</c>: the store was written by a newer version whose schema this version does not know; nothing is read or written.</summary>
    public static RuleId NewerSchema { get; } = RuleId.From("storage.schema.newer");

    /// <summary><c>storage.ledger.conflict</c>: another writer appended first; reopen the ledger and retry. The chain never forks.</summary>
    public static RuleId LedgerConflict { get; } = RuleId.From("storage.ledger.conflict");

    /// <summary><c>storage.case.conflict</c>: the case changed since it was loaded (or already exists); reload and retry.</summary>
    public static RuleId CaseConflict { get; } = RuleId.From("storage.case.conflict");

    /// <summary><c>storage.case.not-found</c>: no case with that id is stored.</summary>
    public static RuleId CaseNotFound { get; } = RuleId.From("storage.case.not-found");

    /// <summary><c>storage.distribution.exists</c>: that cooperative year's distribution is already stored; a distribution of record is never replaced.</summary>
    public static RuleId DistributionExists { get; } = RuleId.From("storage.distribution.exists");
}
