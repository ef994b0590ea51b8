namespace Ruicheng.Economy.Rulebooks;

/// <summary>
/// The least a plan of one kind of cooperative withholds, as the county sets it (提取比例下限): every plan of that kind
/// in the rulebook must withhold at least these rates, or the rulebook is refused
/// (<c>economy.plan.reserve-minimum</c>, <c>economy.plan.welfare-minimum</c>).
/// </summary>
/// <param name="Reserve">The least reserve (公积金) rate.</param>
/// <param name="Welfare">The least welfare fund (公益金) rate.</param>
/// <param name="Source">Where the figures come from.</param>
public sealed record PlanMinimums(Rate Reserve, Rate Welfare, string Source);
