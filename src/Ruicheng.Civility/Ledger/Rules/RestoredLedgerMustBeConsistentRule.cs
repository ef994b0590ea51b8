namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>
/// A ledger is restored from storage only when its hash chain verifies under the given keys (nothing altered,
/// reordered, removed or — given the head — cut off) and every entry is one the ledger itself could have appended
/// under the rulebook: ids and key ids unique, each award or deduction names a rule version in force on its date and
/// carries exactly the points that version gives, each reversal cancels one earlier entry of the same resident.
/// </summary>
public static class RestoredLedgerMustBeConsistentRule
{
    /// <summary>The rule's stable id: <c>ledger.restore.inconsistent</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.restore.inconsistent");
}
