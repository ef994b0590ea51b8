using Ardalis.Specification;

namespace Ruicheng.Economy.Collective.Specifications;

/// <summary>Villages whose collective income is below the weak-village threshold (薄弱村), for a year.</summary>
public sealed class WeakVillagesSpec : Specification<VillageIncomeSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="thresholds">The rulebook's thresholds.</param>
    /// <param name="year">The year.</param>
    public WeakVillagesSpec(CollectiveIncomeThresholds thresholds, int year)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var below = thresholds.WeakBelow;
        Query.Where(s => s.Year == year && s.Total < below).OrderBy(s => s.Total);
    }
}
