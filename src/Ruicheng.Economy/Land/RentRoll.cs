using System.Collections.Immutable;

namespace Ruicheng.Economy.Land;

/// <summary>Rent schedules summed per village and calendar year (流转租金台账).</summary>
public static class RentRoll
{
    /// <summary>The rent due to each village in each calendar year, over many contracts.</summary>
    /// <param name="contracts">The contracts.</param>
    /// <returns>(village, year) → total rent, sorted by village then year.</returns>
    public static ImmutableSortedDictionary<(UnitId Village, int Year), Money> ByVillageAndYear(IEnumerable<LandTransferContract> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var totals = ImmutableSortedDictionary.CreateBuilder<(UnitId, int), Money>();
        foreach (var contract in contracts)
        {
            foreach (var line in contract.Schedule())
            {
                var key = (contract.Village, line.Year);
                totals[key] = totals.GetValueOrDefault(key) + line.Rent;
            }
        }

        return totals.ToImmutable();
    }
}
