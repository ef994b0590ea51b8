using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Credit;

/// <summary>What a credit tier is worth (信用激励): an unsecured credit line, an interest-rate discount, priority services, honours.</summary>
/// <param name="Tier">The tier.</param>
/// <param name="CreditLine">The unsecured credit line (信用贷款额度), zero for none.</param>
/// <param name="InterestDiscount">The interest-rate discount, e.g. 10% off.</param>
/// <param name="PriorityServices">Whether the resident gets priority services.</param>
/// <param name="Honours">Honours attached, e.g. 文明家庭 candidacy.</param>
public sealed record CreditBenefits(CreditTier Tier, Money CreditLine, Rate InterestDiscount, bool PriorityServices, string Honours);
