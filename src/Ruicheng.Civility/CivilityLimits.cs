using Ruicheng.Civility.Points;

namespace Ruicheng.Civility;

/// <summary>
/// The limits of what the civility engine holds, checked where data enters: a rulebook beyond them is refused at
/// load with the limit named, and an entry beyond them is refused when it is ingested or read from an export, so
/// nothing is accepted and then fails on first use.
/// </summary>
public static class CivilityLimits
{
    /// <summary>
    /// The most points one entry may carry either way: ±524,287 (the columnar <see cref="Scoring.ScoringLedger"/>
    /// packs an entry's points in 20 bits). A rule's points per unit, and points × quantity of an entry, must lie
    /// within it.
    /// </summary>
    public const int MaxPointsPerEntry = 524_287;

    /// <summary>The most rule versions a rulebook may have: 4,096 (rule indexes are packed in 12 bits).</summary>
    public const int MaxRuleVersions = 4_096;

    /// <summary>
    /// The largest magnitude of a base score, a credit-tier bound, a cap's maximum and a list threshold:
    /// 1,000,000,000,000. Scores stay far from <see cref="long"/>'s range whatever the ledger holds.
    /// </summary>
    public const long MaxScoreMagnitude = 1_000_000_000_000;

    /// <summary>The longest honour window: 1,200 months (a century).</summary>
    public const int MaxHonourWindowMonths = 1_200;

    /// <summary>
    /// The signed points of <paramref name="quantity"/> units of <paramref name="rule"/>
    /// (<see cref="PointsRule.PointsFor"/>), when they are within ±<see cref="MaxPointsPerEntry"/>.
    /// </summary>
    /// <param name="rule">The rule version.</param>
    /// <param name="quantity">A positive number of occurrences (whole) or hours.</param>
    /// <param name="points">The points, or 0.</param>
    /// <returns>False when the quantity is not positive, a fractional number of occurrences, or the points are beyond the limit.</returns>
    public static bool TryPointsFor(PointsRule rule, decimal quantity, out long points)
    {
        ArgumentNullException.ThrowIfNull(rule);
        points = 0;
        if (quantity <= 0 || quantity > MaxPointsPerEntry + 1m || (rule.Unit == PointsUnit.Occurrence && decimal.Truncate(quantity) != quantity))
        {
            return false;
        }

        var candidate = rule.PointsFor(quantity);
        if (Math.Abs(candidate) > MaxPointsPerEntry)
        {
            return false;
        }

        points = candidate;
        return true;
    }
}
