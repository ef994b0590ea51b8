namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A different entry under an existing (resident, source event, rule, version) key is a conflict, not an update.</summary>
public static class IngestionKeyConflictRule
{
    /// <summary>The rule's stable id: <c>ledger.key.conflict</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.key.conflict");
}
