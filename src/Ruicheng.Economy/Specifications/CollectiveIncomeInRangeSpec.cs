using Ardalis.Specification;
using Ruicheng.Economy.Collective;

namespace Ruicheng.Economy.Specifications;

/// <summary>
/// Yearly collective-income summaries from a first to a last year (both included) whose total lies in
/// [at least, below) — either bound may be open — ordered by
/// village then year. With <see cref="CollectiveIncomeStreaks"/>, "above one million two years running" is
/// <c>atLeast: ¥1,000,000</c> over two years, and "weak for three years" is <c>below: the weak threshold</c> over three.
/// </summary>
public sealed class CollectiveIncomeInRangeSpec : Specification<VillageIncomeSummary>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year; not before <paramref name="fromYear"/>.</param>
    /// <param name="atLeast">The least total, or null for no lower bound.</param>
    /// <param name="below">The total must be below this, or null for no upper bound.</param>
    /// <exception cref="ArgumentOutOfRangeException">The years are reversed.</exception>
    public CollectiveIncomeInRangeSpec(int fromYear, int toYear, Money? atLeast, Money? below)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(toYear, fromYear);
        FromYear = fromYear;
        ToYear = toYear;
        Query.Where(s => s.Year >= fromYear && s.Year <= toYear
                && (atLeast == null || s.Total >= atLeast.Value)
                && (below == null || s.Total < below.Value))
            .OrderBy(s => s.Village.Value).ThenBy(s => s.Year);
    }

    /// <summary>The first year.</summary>
    public int FromYear { get; }

    /// <summary>The last year.</summary>
    public int ToYear { get; }
}
