using System.Collections.Immutable;

namespace Ruicheng.Economy.Collective;

/// <summary>
/// A village's collective income for a year, in total and by source; built only by <see cref="From"/>, so the total is
/// always the sum of the sources (the record has no settable member: <c>with</c> cannot break that).
/// </summary>
public sealed record VillageIncomeSummary
{
    private VillageIncomeSummary(UnitId village, int year, Money total, ImmutableSortedDictionary<IncomeSource, Money> bySource)
    {
        Village = village;
        Year = year;
        Total = total;
        BySource = bySource;
    }

    /// <summary>The village.</summary>
    public UnitId Village { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The total: the sum of <see cref="BySource"/>.</summary>
    public Money Total { get; }

    /// <summary>The total by source.</summary>
    public ImmutableSortedDictionary<IncomeSource, Money> BySource { get; }

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
        var step = EconomyMessages.Catalog.Step(rule, "economy.income.class", [Figure.Of("year", Year), Figure.Of("class", value)],
            Figure.Of("total", Total), Figure.Of("weakBelow", thresholds.WeakBelow), Figure.Of("milestonesReached", string.Join(", ", reached)));
        return Decision<VillageIncomeClass>.Create(value, Explanation.Create(rulebook, [step]));
    }
}
