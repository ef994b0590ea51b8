using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Scoring;

/// <summary>
/// The caps of a rulebook resolved once for scoring: the rule versions in canonical order (rule id, ordinal, then
/// effective date), one usage slot per (rule id, period) and per (category, period), and per rule version the slots
/// it feeds with the maximum that applies to it. Both scoring paths and the ledger's spendable balance use it.
/// </summary>
internal sealed class CapPlan
{
    /// <summary>The maximum of a slot the rule version does not cap itself (usage is still counted for other versions).</summary>
    internal const long Unbounded = long.MaxValue;

    private readonly Dictionary<RuleId, int[]> _versionsById;

    internal CapPlan(CivilityRulebook rulebook)
    {
        Rulebook = rulebook;
        Rules = [.. rulebook.Rules.OrderBy(r => r.Id.Value, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom)];
        _versionsById = Enumerable.Range(0, Rules.Length).GroupBy(r => Rules[r].Id).ToDictionary(g => g.Key, g => g.ToArray());
        VersionNumber = new int[Rules.Length];
        foreach (var versions in _versionsById.Values)
        {
            for (var v = 0; v < versions.Length; v++)
            {
                VersionNumber[versions[v]] = v + 1;
            }
        }

        var slots = new List<CapSlot>();
        var slotOf = new Dictionary<(bool Category, string Id, CapPeriod Period), int>();
        int SlotFor(bool category, string id, CapPeriod period)
        {
            if (!slotOf.TryGetValue((category, id, period), out var slot))
            {
                slot = slots.Count;
                slotOf.Add((category, id, period), slot);
                slots.Add(new CapSlot(category, id, period));
            }

            return slot;
        }

        RuleSlotStart = new int[Rules.Length + 1];
        var ruleSlots = new List<int>();
        var ruleSlotMax = new List<long>();
        for (var r = 0; r < Rules.Length; r++)
        {
            RuleSlotStart[r] = ruleSlots.Count;
            var rule = Rules[r];

            // Every period any version of this rule caps: usage is shared by all versions of the rule id.
            var periods = _versionsById[rule.Id].SelectMany(v => Rules[v].Caps).Select(c => c.Period).Distinct().Order();
            foreach (var period in periods)
            {
                ruleSlots.Add(SlotFor(false, rule.Id.Value, period));
                ruleSlotMax.Add(Tightest(rule.Caps, period));
            }

            var category = rulebook.Category(rule.Category);
            foreach (var period in category.Caps.Select(c => c.Period).Distinct().Order())
            {
                ruleSlots.Add(SlotFor(true, category.Id.Value, period));
                ruleSlotMax.Add(Tightest(category.Caps, period));
            }
        }

        RuleSlotStart[Rules.Length] = ruleSlots.Count;
        RuleSlots = [.. ruleSlots];
        RuleSlotMax = [.. ruleSlotMax];
        Slots = [.. slots];
    }

    internal CivilityRulebook Rulebook { get; }

    /// <summary>The rule versions by rule index.</summary>
    internal ImmutableArray<PointsRule> Rules { get; }

    /// <summary>Per rule index, the version's number among the versions of its rule id (1 for the earliest).</summary>
    internal int[] VersionNumber { get; }

    internal CapSlot[] Slots { get; }

    /// <summary>Per rule index, where its slots start in <see cref="RuleSlots"/> (one more entry than rules).</summary>
    internal int[] RuleSlotStart { get; }

    internal int[] RuleSlots { get; }

    /// <summary>Parallel to <see cref="RuleSlots"/>: the maximum that applies to the rule version, or <see cref="Unbounded"/>.</summary>
    internal long[] RuleSlotMax { get; }

    internal int RuleIndexOf(RuleId rule, LocalDate date)
    {
        if (_versionsById.TryGetValue(rule, out var versions))
        {
            foreach (var r in versions)
            {
                if (Rules[r].IsInForceOn(date))
                {
                    return r;
                }
            }
        }

        return -1;
    }

    internal static long PeriodKey(CapPeriod period, LocalDate date) => period switch
    {
        CapPeriod.Day => CivilityScorer.DayNumber(date),
        CapPeriod.Month => (date.Year * 12L) + date.Month - 1,
        CapPeriod.Quarter => (date.Year * 4L) + ((date.Month - 1) / 3),
        _ => date.Year,
    };

    /// <summary>The period a date falls in, as people write it: 2026-06-01, 2026-06, 2026-Q2, 2026.</summary>
    internal static string PeriodLabel(CapPeriod period, LocalDate date) => period switch
    {
        CapPeriod.Day => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        CapPeriod.Month => date.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture),
        CapPeriod.Quarter => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year:D4}-Q{((date.Month - 1) / 3) + 1}"),
        _ => date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static long Tightest(ImmutableArray<PointsCap> caps, CapPeriod period)
    {
        var max = Unbounded;
        foreach (var cap in caps)
        {
            if (cap.Period == period && cap.Max < max)
            {
                max = cap.Max;
            }
        }

        return max;
    }
}

/// <summary>A usage slot: a rule id's or a category's usage over one kind of period.</summary>
/// <param name="IsCategory">Whether the slot is a category's (else a rule id's).</param>
/// <param name="Id">The rule or category id.</param>
/// <param name="Period">The period.</param>
internal readonly record struct CapSlot(bool IsCategory, string Id, CapPeriod Period);
