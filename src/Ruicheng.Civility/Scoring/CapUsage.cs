using NodaTime;

namespace Ruicheng.Civility.Scoring;

/// <summary>
/// One subject's cap usage while its entries are applied in canonical order: per slot and period, the points that
/// counted so far. The readable reference of the batch loop (which does the same over arrays).
/// </summary>
internal sealed class CapUsage(CapPlan plan)
{
    private readonly Dictionary<(int Slot, long Period), long> _used = [];

    /// <summary>
    /// Applies one entry: a positive amount is cut to the least room left among the caps of its rule version and
    /// category; every slot of the version then grows by what counted. A deduction passes through untouched.
    /// </summary>
    /// <param name="ruleIndex">The rule version.</param>
    /// <param name="date">The entry's date.</param>
    /// <param name="points">The points before caps.</param>
    /// <param name="cuts">Receives each cap whose room was below the points claimed, if not null.</param>
    /// <returns>The points that counted.</returns>
    internal long Apply(int ruleIndex, LocalDate date, long points, List<CapCut>? cuts)
    {
        if (points <= 0)
        {
            return points;
        }

        var counted = points;
        var from = plan.RuleSlotStart[ruleIndex];
        var to = plan.RuleSlotStart[ruleIndex + 1];
        for (var k = from; k < to; k++)
        {
            var slot = plan.RuleSlots[k];
            var max = plan.RuleSlotMax[k];
            var used = _used.GetValueOrDefault((slot, CapPlan.PeriodKey(plan.Slots[slot].Period, date)));
            // Usage carried over from a version with a higher cap (or none) can exceed this version's maximum: no room then.
            var room = max == CapPlan.Unbounded ? long.MaxValue : Math.Max(0, max - used);
            if (room < points)
            {
                cuts?.Add(new CapCut(plan.Slots[slot], CapPlan.PeriodLabel(plan.Slots[slot].Period, date), max, used));
            }

            counted = Math.Min(counted, room);
        }

        for (var k = from; k < to; k++)
        {
            var slot = plan.RuleSlots[k];
            var key = (slot, CapPlan.PeriodKey(plan.Slots[slot].Period, date));
            _used[key] = _used.GetValueOrDefault(key) + counted;
        }

        return counted;
    }
}

/// <summary>A cap that cut an entry: which cap, the period, its maximum and what was already used in the period.</summary>
/// <param name="Slot">The rule's or category's cap.</param>
/// <param name="Period">The period, e.g. <c>2026-06</c>.</param>
/// <param name="Max">The maximum.</param>
/// <param name="UsedBefore">Points already counted in the period before the entry.</param>
internal readonly record struct CapCut(CapSlot Slot, string Period, long Max, long UsedBefore);
