using System.Collections.Immutable;
using Ruicheng.Civility.Credit;
using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Scoring;

/// <summary>
/// A resident's or household's civility score (文明积分评定) on a date: the honour points that count (after caps and
/// expiry), the score (base + honour), the credit tier (after vetoes) and its benefits, and the spendable balance.
/// Redemption lowers the spendable balance only, never the honour score or the tier.
/// </summary>
/// <param name="Subject">The resident or household scored.</param>
/// <param name="HonourPoints">Honour points that count.</param>
/// <param name="Score">Base score plus honour points.</param>
/// <param name="ScoreTier">The tier the score alone gives.</param>
/// <param name="Tier">The tier after vetoes (一票否决).</param>
/// <param name="Benefits">The benefits of <see cref="Tier"/>.</param>
/// <param name="SpendablePoints">The spendable balance (points supermarket).</param>
/// <param name="ContributionByRule">Honour points that count, per rule.</param>
/// <param name="CappedPoints">Positive points not counted because a cap was reached.</param>
/// <param name="ExpiredPoints">Points (net) left out because they are older than the honour window.</param>
/// <param name="Vetoes">The vetoes applied.</param>
public sealed record CivilityScore(
    string Subject, long HonourPoints, long Score, CreditTier ScoreTier, CreditTier Tier, CreditBenefits Benefits, long SpendablePoints,
    ImmutableSortedDictionary<RuleId, long> ContributionByRule, long CappedPoints, long ExpiredPoints, ImmutableArray<CreditVeto> Vetoes);
