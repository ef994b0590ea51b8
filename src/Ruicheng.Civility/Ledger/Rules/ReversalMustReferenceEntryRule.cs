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
        if (draft.Reverses is { } target && check.State.ById.TryGetValue(target, out var original) && original.Resident == draft.Resident
            && original.Kind is not (EntryKind.Reversal or EntryKind.Reset) && !check.State.IsReversed(target))
        {
            check.Original = original;
            return null;
        }

        return RuleViolation.At(Id, check.Path, $"'{draft.Reverses}' is not an unreversed entry of {draft.Resident} that can be reversed.", draft.Reverses?.Value);
    }
}
