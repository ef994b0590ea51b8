using System.Collections.Immutable;

namespace Ruicheng.Economy.Land;

/// <summary>Rent schedules summed per village and calendar year (流转租金台账).</summary>
public static class RentRoll
{
    /// <summary>The rule that two contracts for the same land do not overlap in time: <c>economy.rent.overlap</c>.</summary>
    public static RuleId OverlapRule { get; } = RuleId.From("economy.rent.overlap");

    /// <summary>The rent due to each village in each calendar year, over many contracts.</summary>
    /// <param name="contracts">The contracts; ids distinct, and no two for the same land (<see cref="LandTransferContract.Land"/>) overlapping in time.</param>
    /// <returns>(village, year) → total rent, sorted by village then year; or one violation per contract that repeats an id or overlaps an earlier one for the same land (path <c>[i]</c>).</returns>
    public static Result<ImmutableSortedDictionary<(UnitId Village, int Year), Money>> ByVillageAndYear(IEnumerable<LandTransferContract> contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var list = contracts.ToList();
        var violations = new List<RuleViolation>();
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (list[i].Id == list[j].Id)
                {
                    violations.Add(RuleViolation.At(OverlapRule, $"[{i}]", $"Contract {list[i].Id} is listed twice (also at [{j}])."));
                    break;
                }

                if (list[i].Land == list[j].Land && list[i].Start <= list[j].End && list[j].Start <= list[i].End)
                {
                    violations.Add(RuleViolation.At(OverlapRule, $"[{i}]",
                        $"Contract {list[i].Id} ({list[i].Start:uuuu-MM-dd}..{list[i].End:uuuu-MM-dd}) leases land '{list[i].Land}' that contract {list[j].Id} ({list[j].Start:uuuu-MM-dd}..{list[j].End:uuuu-MM-dd}) already leases."));
                    break;
                }
            }
        }

        if (violations.Count > 0)
        {
            return Result<ImmutableSortedDictionary<(UnitId Village, int Year), Money>>.Failure(violations);
        }

        var totals = ImmutableSortedDictionary.CreateBuilder<(UnitId, int), Money>();
        foreach (var contract in list)
        {
            foreach (var line in contract.Schedule())
            {
                var key = (contract.Village, line.Year);
                totals[key] = totals.GetValueOrDefault(key) + line.Rent;
            }
        }

        return Result<ImmutableSortedDictionary<(UnitId Village, int Year), Money>>.Success(totals.ToImmutable());
    }
}
