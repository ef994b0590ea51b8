using System.Collections.Immutable;
using System.Globalization;
using Ruicheng.Economy.Specifications;

namespace Ruicheng.Economy.Collective;

/// <summary>
/// Multi-year classification of village collective income (连续N年): the villages whose income met a condition in
/// every year of a window. A year without a summary breaks the run (no figure, no claim either way).
/// </summary>
public static class CollectiveIncomeStreaks
{
    /// <summary>The rule id of a multi-year classification: <c>collective-income.streak</c>.</summary>
    public static RuleId Rule { get; } = RuleId.From("collective-income.streak");

    /// <summary>
    /// The villages for which <paramref name="spec"/> matched a summary in every year from its first to its last, each
    /// explained with the yearly totals, in village order.
    /// </summary>
    /// <param name="summaries">Yearly summaries (<see cref="VillageIncomeSummary.From"/>), one per village and year.</param>
    /// <param name="spec">The condition and the window.</param>
    public static ImmutableArray<Decision<UnitId>> EveryYear(IEnumerable<VillageIncomeSummary> summaries, CollectiveIncomeInRangeSpec spec)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(spec);
        var years = spec.ToYear - spec.FromYear + 1;
        return [.. spec.Evaluate(summaries)
            .GroupBy(s => s.Village)
            .Where(g => g.Select(s => s.Year).Distinct().Count() == years)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => Decision<UnitId>.Create(g.Key, Explanation.Create(null, [EconomyMessages.Catalog.Step(
                Rule, "economy.streak",
                [Figure.Of("village", g.Key), Figure.Of("years", years), Figure.Of("fromYear", spec.FromYear), Figure.Of("toYear", spec.ToYear),
                 Figure.Of("totals", string.Join(", ", g.OrderBy(s => s.Year).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Year} {s.Total}"))))],
                [.. g.OrderBy(s => s.Year).Select(s => Figure.Of(s.Year.ToString(CultureInfo.InvariantCulture), s.Total))])])))];
    }

    /// <summary>Villages with collective income of at least <paramref name="threshold"/> in each of the <paramref name="years"/> years ending <paramref name="throughYear"/>.</summary>
    /// <param name="summaries">Yearly summaries.</param>
    /// <param name="threshold">The least income, e.g. one million yuan (百万元村).</param>
    /// <param name="years">How many years running, at least 1.</param>
    /// <param name="throughYear">The last year of the run.</param>
    public static ImmutableArray<Decision<UnitId>> AtLeastForYears(IEnumerable<VillageIncomeSummary> summaries, Money threshold, int years, int throughYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return EveryYear(summaries, new CollectiveIncomeInRangeSpec(throughYear - years + 1, throughYear, threshold, null));
    }

    /// <summary>Villages economically weak (income below <see cref="CollectiveIncomeThresholds.WeakBelow"/>) in each of the <paramref name="years"/> years ending <paramref name="throughYear"/>.</summary>
    /// <param name="summaries">Yearly summaries.</param>
    /// <param name="thresholds">The rulebook's thresholds.</param>
    /// <param name="years">How many years running, at least 1.</param>
    /// <param name="throughYear">The last year of the run.</param>
    public static ImmutableArray<Decision<UnitId>> WeakForYears(IEnumerable<VillageIncomeSummary> summaries, CollectiveIncomeThresholds thresholds, int years, int throughYear)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        return EveryYear(summaries, new CollectiveIncomeInRangeSpec(throughYear - years + 1, throughYear, null, thresholds.WeakBelow));
    }
}
