namespace Ruicheng.Civility.Points;

/// <summary>A cap on the positive points one resident can earn from a rule or a category in a period (e.g. 30 a month).</summary>
/// <param name="Period">The period.</param>
/// <param name="Max">The most positive points per period, zero or more.</param>
public sealed record PointsCap(CapPeriod Period, long Max);
