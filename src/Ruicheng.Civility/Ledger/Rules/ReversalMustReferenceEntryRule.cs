namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A reversal cancels an existing, not yet reversed award, deduction or redemption of the same resident.</summary>
public sealed class ReversalMustReferenceEntryRule : EntryRule
{
    private ReversalMustReferenceEntryRule()
    {
    }

    /// <summary>The rule's stable id: <c>ledger.reversal.target</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.reversal.target");

    /// <summary>The rule, as <see cref="EntryRules"/> lists it.</summary>
    public static ReversalMustReferenceEntryRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "an unreversed award, deduction or redemption of the same resident";

    internal override RuleViolation? Check(EntryCheck check)
    {
        var draft = check.Draft;
        if (draft.Reverses is { } target && check.State.TryGetById(target, out var original) && original.Resident == draft.Resident
            && original.Kind is not (EntryKind.Reversal or EntryKind.Reset) && !check.State.IsReversed(target))
        {
            check.Original = original;
            return null;
        }

        return RuleViolation.At(Id, check.Path, $"'{draft.Reverses}' is not an unreversed entry of {draft.Resident} that can be reversed.", draft.Reverses?.Value);
    }

    /// <summary>
    /// When the reversal civic event <paramref name="civic"/> names (figure <c>entry</c>) an award or deduction of its
    /// resident in <paramref name="state"/> that is not reversed — or was reversed by this same event, which is then
    /// a duplicate — that entry in <paramref name="original"/> and null; else the violation at <paramref name="path"/>.
    /// </summary>
    internal static RuleViolation? CheckCivicEvent(LedgerState state, CivicEvent civic, string path, out PointsEntry original)
    {
        var named = civic.Figures.FirstOrDefault(f => f.Name == "entry").Value;
        if (EntryId.TryFrom(named, out var target) && state.TryGetById(target, out original!) && original.Resident == civic.Resident
            && original.Kind is EntryKind.Award or EntryKind.Deduction
            && (!state.IsReversed(target) || state.ByKey.ContainsKey((civic.Resident, civic.SourceId, null))))
        {
            return null;
        }

        original = null!;
        return RuleViolation.At(Id, path, $"Civic event {civic} names '{named}', which is not an unreversed award or deduction of {civic.Resident}.", named);
    }

    /// <summary>The violation at <paramref name="path"/> for a draft of a kind no caller may submit (resets and the like are made by the ledger itself).</summary>
    internal static RuleViolation MadeByTheLedger(EntryKind kind, string path) =>
        RuleViolation.At(Id, path, $"{kind} entries are made by the ledger itself.", kind.ToString());
}
