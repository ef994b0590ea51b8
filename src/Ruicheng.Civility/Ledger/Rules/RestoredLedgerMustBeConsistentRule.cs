using System.Globalization;
using Ruicheng.Civility.Rulebooks;

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

    /// <summary>The violation at <c>entries[i]</c> (the first position that does not check out) when <paramref name="chain"/> does not verify, else null.</summary>
    internal static RuleViolation? CheckChain(ChainVerification chain) =>
        chain.IsValid
            ? null
            : RuleViolation.At(Id, $"entries[{chain.FirstInvalidIndex}]", $"The hash chain does not verify: {chain.Reason}.");

    /// <summary>
    /// Checks the stored entry at <c>entries[index]</c> against the consistent entries before it (in
    /// <paramref name="state"/>): its id and (resident, source event, rule) key are new, and it is one the ledger could
    /// have appended under <paramref name="rulebook"/>. A consistent entry is committed to <paramref name="state"/>; an
    /// inconsistent one leaves it unchanged and gives the violation.
    /// </summary>
    internal static RuleViolation? CheckEntry(CivilityRulebook rulebook, LedgerState.Builder state, PointsEntry entry, int index)
    {
        string? reason;
        if (!state.TryClaim(index, out var duplicateId))
        {
            reason = duplicateId ? "its id appears twice." : $"source event '{entry.SourceEventId}' of {entry.Resident} under '{entry.Rule}' appears twice.";
        }
        else if ((reason = Inconsistency(rulebook, state, entry)) is not null)
        {
            state.Release(index);
        }
        else
        {
            state.Commit(index);
            return null;
        }

        return RuleViolation.At(Id, $"entries[{index}]", $"Entry {entry.Id}: {reason}", entry.Id.Value);
    }

    /// <summary>Why an entry whose id and key are new could not have been appended by the ledger, or null.</summary>
    private static string? Inconsistency(CivilityRulebook rulebook, LedgerState.Builder state, PointsEntry entry)
    {
        switch (entry.Kind)
        {
            case EntryKind.Award or EntryKind.Deduction:
                var rule = entry.Rule is { } id ? rulebook.FindRuleInForce(id, entry.OccurredOn) : null;
                if (rule is null)
                {
                    return $"no rule '{entry.Rule}' is in force on {entry.OccurredOn:uuuu-MM-dd} in {rulebook.Header}.";
                }

                if (!CivilityLimits.TryPointsFor(rule, entry.Quantity, out var given))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"rule {rule.Id} gives no points for a quantity of {entry.Quantity}.");
                }

                return given == entry.Points
                    ? null
                    : string.Create(CultureInfo.InvariantCulture, $"it carries {entry.Points} points where rule {rule.Id} gives {given} for {entry.Quantity}.");

            case EntryKind.Reversal:
                return entry.Reverses is { } target && state.TryGetById(target, out var original) && original.Resident == entry.Resident
                    && original.Kind is not (EntryKind.Reversal or EntryKind.Reset) && !state.IsReversed(target) && entry.Points == -original.Points
                    ? null
                    : $"it does not cancel one earlier, unreversed entry of {entry.Resident} by its exact points.";

            case EntryKind.Redemption or EntryKind.Reset:
                return entry.Points <= 0 ? null : "a redemption or reset cannot add points.";

            default:
                return $"kind {entry.Kind} is not a ledger entry kind.";
        }
    }

}
