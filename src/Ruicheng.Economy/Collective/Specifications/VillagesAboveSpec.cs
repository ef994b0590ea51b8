using Ardalis.Specification;

namespace Ruicheng.Economy.Collective.Specifications;

/// <summary>Villages whose collective income for a year is at or above an amount (e.g. the one-million milestone).</summary>
public sealed class VillagesAboveSpec : Specification<VillageIncomeSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="year">The year.</param>
    public VillagesAboveSpec(Money amount, int year) =>
        Query.Where(s => s.Year == year && s.Total >= amount).OrderByDescending(s => s.Total);
}
