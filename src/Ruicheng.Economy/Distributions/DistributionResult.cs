using System.Collections.Immutable;
using Ruicheng.Economy.Cooperatives;

namespace Ruicheng.Economy.Distributions;

/// <summary>The outcome of a distribution: every line, and the reinvestment shares issued.</summary>
/// <param name="Income">The year's net income distributed.</param>
/// <param name="Lines">Every line; they sum to <paramref name="Income"/>.</param>
/// <param name="IssuedShares">New reinvestment shares, dated the day after the distribution date.</param>
public sealed record DistributionResult(Money Income, ImmutableArray<DistributionLine> Lines, ImmutableArray<ShareHolding> IssuedShares)
{
    /// <summary>The total paid out to members.</summary>
    public Money PaidOut => Money.Sum(Lines.Where(l => !l.Retained).Select(l => l.Amount));

    /// <summary>The total retained (reserve, welfare, reinvestment, retained parts, carried forward).</summary>
    public Money Retained => Money.Sum(Lines.Where(l => l.Retained).Select(l => l.Amount));

    /// <summary>The total of one tranche.</summary>
    /// <param name="tranche">The tranche.</param>
    public Money TotalOf(DistributionTranche tranche) => Money.Sum(Lines.Where(l => l.Tranche == tranche).Select(l => l.Amount));

    /// <summary>What a member receives in cash, over all tranches.</summary>
    /// <param name="member">The member.</param>
    public Money PaidTo(MemberId member) => Money.Sum(Lines.Where(l => !l.Retained && l.Member == member).Select(l => l.Amount));
}
