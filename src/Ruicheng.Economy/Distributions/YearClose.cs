namespace Ruicheng.Economy.Distributions;

/// <summary>
/// One closed year of a cooperative (年度决算): how the year's net income was used and the books it leaves.
/// <c>Income = LossMadeGood + Distribution.Income</c> exactly; in a loss year <see cref="LossMadeGood"/> is zero
/// and the distribution carries the loss.
/// </summary>
/// <param name="Year">The year closed.</param>
/// <param name="Income">The year's net income (negative for a loss).</param>
/// <param name="LossMadeGood">The part of a profit that made good losses carried from earlier years (弥补亏损), first.</param>
/// <param name="Distribution">The distribution of what remained (of the whole loss, in a loss year); null when losses took all of a profit.</param>
/// <param name="Before">The books as the year opened.</param>
/// <param name="After">The books as the year closed, to close the next year from.</param>
public sealed record YearClose(int Year, Money Income, Money LossMadeGood, DistributionResult? Distribution, CooperativeBooks Before, CooperativeBooks After);
