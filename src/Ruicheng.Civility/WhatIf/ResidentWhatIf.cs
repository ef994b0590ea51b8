using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.WhatIf;

/// <summary>
/// One subject's score and credit tier under the current and under the proposed rulebook (规则调整测算).
/// </summary>
/// <param name="Subject">The resident or household.</param>
/// <param name="ScoreBefore">The score under the current rulebook.</param>
/// <param name="TierBefore">The tier (after vetoes) under the current rulebook.</param>
/// <param name="ScoreAfter">The score under the proposed rulebook.</param>
/// <param name="TierAfter">The tier (after vetoes) under the proposed rulebook.</param>
/// <param name="BenefitsChange">
/// Whether the benefits the subject gets differ: the credit line, interest discount, priority services or honours of
/// <paramref name="TierBefore"/> under the current credit policy against those of <paramref name="TierAfter"/> under
/// the proposed one (a tier without listed benefits has none).
/// </param>
public sealed record ResidentWhatIf(string Subject, long ScoreBefore, CreditTier TierBefore, long ScoreAfter, CreditTier TierAfter, bool BenefitsChange)
{
    /// <summary>Whether the tier differs.</summary>
    public bool TierChanges => TierBefore != TierAfter;
}
