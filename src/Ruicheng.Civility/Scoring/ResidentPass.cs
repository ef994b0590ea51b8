using NodaTime;
using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Scoring;

/// <summary>One resident's entries as scoring sees them, shared by the scorer and the ledger's spendable balance.</summary>
internal static class ResidentPass
{
    /// <summary>
    /// The resident's awards and deductions that are not reversed and are dated on or before <paramref name="asOf"/>,
    /// each with its rule version, in canonical order: date, then rule id (ordinal), then points ascending. Entries
    /// equal in all three are interchangeable for every figure, so the order depends only on content.
    /// </summary>
    /// <exception cref="ArgumentException">An entry's rule has no version in force on its date in the plan's rulebook.</exception>
    internal static List<(PointsEntry Entry, int RuleIndex)> Ordered(CapPlan plan, LedgerState ledger, ResidentId resident, LocalDate asOf)
    {
        var result = new List<(PointsEntry Entry, int RuleIndex)>();
        foreach (var entry in ledger.EntriesOf(resident))
        {
            if (entry.Kind is EntryKind.Award or EntryKind.Deduction && entry.OccurredOn <= asOf && !ledger.IsReversed(entry.Id))
            {
                var ruleIndex = plan.RuleIndexOf(entry.Rule!.Value, entry.OccurredOn);
                if (ruleIndex < 0)
                {
                    throw new ArgumentException(
                        $"Entry {entry.Id}: no version of rule '{entry.Rule}' is in force on {entry.OccurredOn:uuuu-MM-dd} in rulebook {plan.Rulebook.Header}.", nameof(ledger));
                }

                result.Add((entry, ruleIndex));
            }
        }

        result.Sort(static (a, b) =>
        {
            var byDate = a.Entry.OccurredOn.CompareTo(b.Entry.OccurredOn);
            if (byDate != 0)
            {
                return byDate;
            }

            var byRule = a.RuleIndex.CompareTo(b.RuleIndex);
            return byRule != 0 ? byRule : a.Entry.Points.CompareTo(b.Entry.Points);
        });
        return result;
    }

    /// <summary>The spendable balance by the README's rule; see <see cref="CivilityScorer.SpendableBalance"/>.</summary>
    internal static long Spendable(CapPlan plan, LedgerState ledger, ResidentId resident, LocalDate asOf)
    {
        var usage = new CapUsage(plan);
        var counted = new Dictionary<EntryId, long>();
        foreach (var (entry, ruleIndex) in Ordered(plan, ledger, resident, asOf))
        {
            counted.Add(entry.Id, usage.Apply(ruleIndex, entry.OccurredOn, entry.Points, null));
        }

        long balance = 0;
        foreach (var entry in ledger.EntriesOf(resident))
        {
            if (entry.Kind == EntryKind.Reversal || entry.OccurredOn > asOf || ledger.IsReversed(entry.Id))
            {
                continue;
            }

            var points = entry.Kind == EntryKind.Award ? counted[entry.Id] : entry.Points;
            balance = Math.Max(0, checked(balance + points));
        }

        return balance;
    }
}
