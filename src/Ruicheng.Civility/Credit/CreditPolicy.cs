using System.Collections.Immutable;
using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Credit;

/// <summary>
/// The civility–credit linkage (文明积分与信用体系联动): a base score to which honour points are added, the tier bands
/// (Rongcheng-style: AAA ≥ 1050, AA 1030–1049, A 960–1029, B 850–959, C 600–849, D below), vetoes and benefits.
/// </summary>
public sealed class CreditPolicy
{
    private readonly long[] _minimums;
    private readonly CreditTier[] _tiers;

    internal CreditPolicy(long baseScore, ImmutableArray<CreditTierBand> bands, ImmutableArray<CreditVeto> vetoes, ImmutableArray<CreditBenefits> benefits)
    {
        BaseScore = baseScore;
        Bands = bands;
        Vetoes = vetoes;
        Benefits = benefits;
        var ascending = bands.OrderBy(b => b.Min ?? long.MinValue).ToArray();
        _minimums = ascending.Select(b => b.Min ?? long.MinValue).ToArray();
        _tiers = ascending.Select(b => b.Tier).ToArray();
    }

    /// <summary>The base score every resident starts from (e.g. 1,000).</summary>
    public long BaseScore { get; }

    /// <summary>The tier bands; they cover every score exactly once.</summary>
    public ImmutableArray<CreditTierBand> Bands { get; }

    /// <summary>The vetoes.</summary>
    public ImmutableArray<CreditVeto> Vetoes { get; }

    /// <summary>The benefits per tier.</summary>
    public ImmutableArray<CreditBenefits> Benefits { get; }

    /// <summary>The tier of a score: the band whose minimum is the highest at or below it. Monotone in the score.</summary>
    /// <param name="score">The score.</param>
    public CreditTier TierOf(long score)
    {
        var tier = _tiers[0];
        for (var i = 1; i < _minimums.Length; i++)
        {
            if (score >= _minimums[i])
            {
                tier = _tiers[i];
            }
        }

        return tier;
    }

    /// <summary>
    /// The highest tier a set of veto codes allows (一票否决): the lowest cap among this policy's vetoes the codes name,
    /// <see cref="CreditTier.AAA"/> when they name none. A code this policy does not define caps nothing.
    /// </summary>
    /// <param name="vetoCodes">The veto codes that apply to a subject.</param>
    public CreditTier CapOf(IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(vetoCodes);
        var cap = CreditTier.AAA;
        foreach (var code in vetoCodes)
        {
            if (Vetoes.FirstOrDefault(v => v.Code == code) is { } veto && veto.CapTier < cap)
            {
                cap = veto.CapTier;
            }
        }

        return cap;
    }

    /// <summary>The benefits of a tier (none when the rulebook lists none for it).</summary>
    /// <param name="tier">The tier.</param>
    public CreditBenefits BenefitsOf(CreditTier tier) =>
        Benefits.FirstOrDefault(b => b.Tier == tier) ?? new CreditBenefits(tier, Money.Zero, Rate.Zero, false, string.Empty);
}
