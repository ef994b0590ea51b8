namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A different entry under an existing (resident, source event, rule, version) key is a conflict, not an update.</summary>
public static class IngestionKeyConflictRule
{
    /// <summary>The rule's stable id: <c>ledger.key.conflict</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.key.conflict");

    /// <summary>
    /// The violation at <paramref name="path"/> when <paramref name="draft"/> differs from <paramref name="existing"/>,
    /// the entry already under its key, in kind, date, quantity or reversed entry; null when it is the same (a duplicate).
    /// </summary>
    internal static RuleViolation? Check(PointsEntry existing, EntryDraft draft, string path) =>
        existing.Kind == draft.Kind && existing.OccurredOn == draft.OccurredOn && existing.Quantity == draft.Quantity && existing.Reverses == draft.Reverses
            ? null
            : RuleViolation.At(Id, path, $"Source event '{draft.SourceEventId}' of {draft.Resident} under {draft.Rule} is already entry {existing.Id} with different content.", draft.SourceEventId);
}
