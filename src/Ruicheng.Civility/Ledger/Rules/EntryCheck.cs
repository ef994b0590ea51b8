using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>A draft as the entry rules see it, with what earlier rules resolved (the rule in force, the entry reversed).</summary>
internal sealed class EntryCheck(CivilityRulebook rulebook, LedgerState state, EntryDraft draft, string path)
{
    public CivilityRulebook Rulebook { get; } = rulebook;

    public LedgerState State { get; } = state;

    public EntryDraft Draft { get; } = draft;

    /// <summary>Where the draft is in the batch, e.g. <c>[3]</c>.</summary>
    public string Path { get; } = path;

    /// <summary>The rule version in force on the draft's date, once <see cref="EntryRuleMustBeInForceRule"/> found it.</summary>
    public PointsRule? Rule { get; set; }

    /// <summary>The entry a reversal cancels, once <see cref="ReversalMustReferenceEntryRule"/> found it.</summary>
    public PointsEntry? Original { get; set; }
}
