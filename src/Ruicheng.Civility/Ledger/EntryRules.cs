using System.Collections.Immutable;
using Ruicheng.Civility.Ledger.Rules;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// Which rules a draft of each kind must satisfy to enter the ledger, in the order they are checked (the first broken
/// one rejects the draft). Every kind is first checked for a supported date.
/// </summary>
public static class EntryRules
{
    private static readonly ImmutableArray<EntryRule> Scored =
        [EntryDateMustBeSupportedRule.Instance, EntryRuleMustBeInForceRule.Instance, EntryMustBeReviewedRule.Instance, EntryKindMustMatchRuleSignRule.Instance, QuantityMustBeValidRule.Instance];

    private static readonly ImmutableArray<EntryRule> Redemptions =
        [EntryDateMustBeSupportedRule.Instance, QuantityMustBeValidRule.Instance, RedemptionMustNotExceedBalanceRule.Instance];

    private static readonly ImmutableArray<EntryRule> Reversals =
        [EntryDateMustBeSupportedRule.Instance, ReverserMustBeEntitledRule.Instance, ReversalMustReferenceEntryRule.Instance];

    /// <summary>The rules a draft of a kind must satisfy, in order; empty for kinds only the ledger itself records (resets).</summary>
    /// <param name="kind">The draft's kind.</param>
    public static ImmutableArray<EntryRule> For(EntryKind kind) => kind switch
    {
        EntryKind.Award or EntryKind.Deduction => Scored,
        EntryKind.Redemption => Redemptions,
        EntryKind.Reversal => Reversals,
        _ => [],
    };
}
