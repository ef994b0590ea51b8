using System.Collections.Immutable;

namespace Ruicheng.Economy.Collective;

/// <summary>A village's collective income for a year, in total and by source.</summary>
/// <param name="Village">The village.</param>
/// <param name="Year">The year.</param>
/// <param name="Total">The total.</param>
/// <param name="BySource">The total by source.</param>
public sealed record VillageIncomeSummary(UnitId Village, int Year, Money Total, ImmutableSortedDictionary<IncomeSource, Money> BySource)
{
    /// <summary>Sums records into one summary per (village, year), sorted by village then year.</summary>
    /// <param name="records">The records.</param>
    public static ImmutableArray<VillageIncomeSummary> From(IEnumerable<CollectiveIncomeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.GroupBy(r => (r.Village, r.Year))
            .OrderBy(g => g.Key.Village).ThenBy(g => g.Key.Year)
            .Select(g => new VillageIncomeSummary(
                g.Key.Village,
                g.Key.Year,
                Money.Sum(g.Select(r => r.Amount)),
                g.GroupBy(r => r.Source).ToImmutableSortedDictionary(s => s.Key, s => Money.Sum(s.Select(r => r.Amount)))))
            .ToImmutableArray();
    }

    /// <summary>Classifies the summary against the rulebook's thresholds, explaining which threshold decided.</summary>
    /// <param name="thresholds">The thresholds.</param>
    /// <param name="rulebook">The rulebook they come from.</param>
    public Decision<VillageIncomeClass> Classify(CollectiveIncomeThresholds thresholds, Ruicheng.Primitives.Rulebooks.RulebookReference rulebook)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var rule = RuleId.From("collective-income.classification");
        var reached = thresholds.Milestones.Where(m => Total >= m).ToList();
        var value = Total < thresholds.WeakBelow ? VillageIncomeClass.EconomicallyWeak
            : reached.Count > 0 ? VillageIncomeClass.MilestoneReached
            : VillageIncomeClass.Ordinary;
        var step = ExplanationStep.Of(rule, $"{Year} collective income {Total} is {value}.",
            Figure.Of("total", Total), Figure.Of("weakBelow", thresholds.WeakBelow), Figure.Of("milestonesReached", string.Join(", ", reached)));
        return Decision<VillageIncomeClass>.Create(value, Explanation.Create(rulebook, [step]));
    }
}
