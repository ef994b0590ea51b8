using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Credit;

/// <summary>The score band of one credit tier, inclusive at both ends (an open end is null).</summary>
/// <param name="Tier">The tier.</param>
/// <param name="Min">The lowest score in the tier, or null for the bottom tier.</param>
/// <param name="Max">The highest score in the tier, or null for the top tier.</param>
public sealed record CreditTierBand(CreditTier Tier, long? Min, long? Max);
