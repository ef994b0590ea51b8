using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// The figures of merit of dispute work for a set of cases: how many were settled and at which tier, the share
/// settled at village level or below (小事不出村), the median time to settlement per tier, and overdue cases.
/// </summary>
public sealed class DisputeFigures
{
    private DisputeFigures(int cases, ImmutableSortedDictionary<string, int> settledByTier, int settledInVillage, ImmutableSortedDictionary<string, Duration> medianToSettlement, ImmutableArray<DisputeCaseId> overdue)
    {
        Cases = cases;
        SettledByTier = settledByTier;
        SettledAtVillageOrBelow = settledInVillage;
        MedianTimeToSettlementByTier = medianToSettlement;
        Overdue = overdue;
    }

    /// <summary>The number of cases considered.</summary>
    public int Cases { get; }

    /// <summary>Cases settled by agreement, by the tier that settled them.</summary>
    public ImmutableSortedDictionary<string, int> SettledByTier { get; }

    /// <summary>All cases settled by agreement.</summary>
    public int Settled => SettledByTier.Values.Sum();

    /// <summary>Cases settled at a grid or village tier.</summary>
    public int SettledAtVillageOrBelow { get; }

    /// <summary>The share of settled cases settled at village level or below (小事不出村); zero when none settled.</summary>
    public Rate ShareSettledAtVillageOrBelow => Settled == 0 ? Rate.Zero : Rate.FromFraction(SettledAtVillageOrBelow / (decimal)Settled);

    /// <summary>The median time from report to agreement, by settling tier.</summary>
    public ImmutableSortedDictionary<string, Duration> MedianTimeToSettlementByTier { get; }

    /// <summary>Cases whose acceptance or tier deadline has passed while they await it.</summary>
    public ImmutableArray<DisputeCaseId> Overdue { get; }

    /// <summary>Computes the figures.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="settledWithin">Count only settlements on these civil dates, or all when null.</param>
    /// <param name="asOf">The instant for overdue cases.</param>
    public static DisputeFigures Compute(IEnumerable<DisputeCase> cases, DateInterval? settledWithin, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var all = cases.ToList();
        var overdue = new Specifications.OverdueDisputesSpec(asOf);
        var settlements = all
            .Select(c => (Case: c, Entry: c.Audit.FirstOrDefault(a => a.Trigger == DisputeTrigger.RecordAgreement)))
            .Where(s => s.Entry is not null && (settledWithin is null || settledWithin.Contains(CivilTime.DateOf(s.Entry.At))))
            .ToList();
        var byTier = settlements.GroupBy(s => s.Entry!.FromTier!, StringComparer.Ordinal).ToList();
        var inVillage = settlements.Count(s => s.Case.CaseType.Ladder.Tiers[s.Case.CaseType.Ladder.IndexOf(s.Entry!.FromTier!)].Level >= UnitLevel.Village);
        return new DisputeFigures(
            all.Count,
            byTier.ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            inVillage,
            byTier.ToImmutableSortedDictionary(g => g.Key, g => Median(g.Select(s => s.Entry!.At - s.Case.ReportedAt).ToList()), StringComparer.Ordinal),
            all.Where(overdue.IsSatisfiedBy).Select(c => c.Id).ToImmutableArray());
    }

    private static Duration Median(List<Duration> durations)
    {
        durations.Sort();
        var middle = durations.Count / 2;
        return durations.Count % 2 == 1 ? durations[middle] : (durations[middle - 1] + durations[middle]) / 2;
    }
}
