using System.Collections.Immutable;
using NodaTime;

namespace Ruicheng.Governance.Linkage;

/// <summary>
/// A grid worker's daily patrol log (日巡查): the civil date, the grid, household visits, issues found by category,
/// issues resolved on the spot and issues referred up.
/// </summary>
public sealed class PatrolRecord
{
    private PatrolRecord(LocalDate date, UnitId grid, ResidentId worker, int visits, ImmutableSortedDictionary<IssueCategory, int> issuesFound, int resolvedOnSpot, int referredUp)
    {
        Date = date;
        Grid = grid;
        Worker = worker;
        Visits = visits;
        IssuesFound = issuesFound;
        ResolvedOnSpot = resolvedOnSpot;
        ReferredUp = referredUp;
    }

    /// <summary>The civil date patrolled (Asia/Shanghai).</summary>
    public LocalDate Date { get; }

    /// <summary>The grid patrolled.</summary>
    public UnitId Grid { get; }

    /// <summary>The grid worker (网格员) who patrolled.</summary>
    public ResidentId Worker { get; }

    /// <summary>Household visits.</summary>
    public int Visits { get; }

    /// <summary>Issues found, by category.</summary>
    public ImmutableSortedDictionary<IssueCategory, int> IssuesFound { get; }

    /// <summary>Issues resolved on the spot.</summary>
    public int ResolvedOnSpot { get; }

    /// <summary>Issues referred up.</summary>
    public int ReferredUp { get; }

    /// <summary>The additive figures of this record.</summary>
    public PatrolFigures Figures => new(Visits, IssuesFound.Values.Sum(), ResolvedOnSpot, ReferredUp, 0);

    /// <summary>Creates a record.</summary>
    /// <param name="date">The civil date.</param>
    /// <param name="grid">The grid.</param>
    /// <param name="worker">The grid worker.</param>
    /// <param name="visits">Household visits, zero or more.</param>
    /// <param name="issuesFound">Issues found by category, each zero or more.</param>
    /// <param name="resolvedOnSpot">Resolved on the spot, zero or more.</param>
    /// <param name="referredUp">Referred up, zero or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or resolved + referred exceeds the issues found.</exception>
    public static PatrolRecord Create(
        LocalDate date, UnitId grid, ResidentId worker, int visits, IEnumerable<KeyValuePair<IssueCategory, int>> issuesFound, int resolvedOnSpot, int referredUp)
    {
        ArgumentNullException.ThrowIfNull(issuesFound);
        ArgumentOutOfRangeException.ThrowIfNegative(visits);
        ArgumentOutOfRangeException.ThrowIfNegative(resolvedOnSpot);
        ArgumentOutOfRangeException.ThrowIfNegative(referredUp);
        var byCategory = ImmutableSortedDictionary.CreateBuilder<IssueCategory, int>();
        foreach (var (category, count) in issuesFound)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(issuesFound));
            byCategory[category] = checked(byCategory.GetValueOrDefault(category) + count);
        }

        var found = byCategory.Values.Sum();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(checked(resolvedOnSpot + referredUp), found, nameof(resolvedOnSpot));
        return new PatrolRecord(date, grid, worker, visits, byCategory.ToImmutable(), resolvedOnSpot, referredUp);
    }
}
