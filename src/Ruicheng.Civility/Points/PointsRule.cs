using System.Collections.Immutable;
using NodaTime;

namespace Ruicheng.Civility.Points;

/// <summary>
/// A points rule (积分规则) adopted by the village: points per occurrence or per hour (positive for an award,
/// negative for a deduction), its category, its own caps, whether a claim needs review, and the dates it is in force.
/// </summary>
/// <param name="Id">The rule's id (its rulebook key).</param>
/// <param name="Category">Its category.</param>
/// <param name="ChineseName">What it rewards or sanctions, e.g. 参加志愿服务.</param>
/// <param name="Points">Points per unit; negative for a deduction.</param>
/// <param name="Unit">Per occurrence or per hour.</param>
/// <param name="Rounding">For per-hour rules, how partial hours count.</param>
/// <param name="Caps">Caps on this rule alone.</param>
/// <param name="ReviewRequired">Whether a claim is published and may be objected to before it counts.</param>
/// <param name="EffectiveFrom">First day in force.</param>
/// <param name="EffectiveTo">Last day in force, or null.</param>
public sealed record PointsRule(
    RuleId Id, CategoryId Category, string ChineseName, int Points, PointsUnit Unit, HourRounding Rounding,
    ImmutableArray<PointsCap> Caps, bool ReviewRequired, LocalDate EffectiveFrom, LocalDate? EffectiveTo)
{
    /// <summary>Whether the rule is in force on a date.</summary>
    /// <param name="date">The date.</param>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>The points for a quantity: occurrences, or hours rounded by the rule.</summary>
    /// <param name="quantity">Occurrences (a whole number) or hours.</param>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is negative, or not whole for a per-occurrence rule.</exception>
    public long PointsFor(decimal quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        var units = Unit == PointsUnit.Occurrence ? quantity
            : Rounding == HourRounding.WholeHoursOnly ? decimal.Floor(quantity)
            : decimal.Round(quantity, 0, MidpointRounding.AwayFromZero);
        if (decimal.Truncate(units) != units)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A per-occurrence rule counts whole occurrences.");
        }

        return checked((long)units * Points);
    }
}
