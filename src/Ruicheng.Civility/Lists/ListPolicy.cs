using System.Collections.Immutable;
using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Lists;

/// <summary>
/// Who may appear on the red and black lists (红黑榜), as rulebook data: the period the lists cover, the red list's
/// entry conditions (a minimum of counted points earned in the period, or a named honour awarded in it) and the black
/// list's (a confirmed deduction of a listed kind in the period). See <see cref="HonourList.Compute"/>.
/// </summary>
public sealed class ListPolicy
{
    internal ListPolicy(CapPeriod period, long minHonourPoints, ImmutableSortedSet<RuleId> honourRules, ImmutableSortedSet<RuleId> deductionRules)
    {
        Period = period;
        MinHonourPoints = minHonourPoints;
        HonourRules = honourRules;
        DeductionRules = deductionRules;
    }

    /// <summary>The period each pair of lists covers: <see cref="CapPeriod.Month"/>, <see cref="CapPeriod.Quarter"/> or <see cref="CapPeriod.Year"/>.</summary>
    public CapPeriod Period { get; }

    /// <summary>Counted points (after caps) dated in the period that put a resident on the red list, at least 1.</summary>
    public long MinHonourPoints { get; }

    /// <summary>Award rules any one of which, awarded in the period, puts a resident on the red list (e.g. a county honour).</summary>
    public ImmutableSortedSet<RuleId> HonourRules { get; }

    /// <summary>Deduction rules any one of which, confirmed in the period, puts a resident on the black list.</summary>
    public ImmutableSortedSet<RuleId> DeductionRules { get; }
}
