using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Civility.Lists;

/// <summary>
/// The red and black lists (红黑榜) of one period, by the rulebook's <see cref="ListPolicy"/>, never by rank: a village
/// where nobody broke a listed rule has an empty black list, and one where nobody reached the red conditions an
/// empty red list.
/// </summary>
public sealed class HonourList
{
    private HonourList(string label, LocalDate from, LocalDate to, ImmutableArray<KeyValuePair<ResidentId, long>> red, ImmutableArray<KeyValuePair<ResidentId, long>> black)
    {
        Label = label;
        From = from;
        To = to;
        Red = red;
        Black = black;
    }

    /// <summary>The period, e.g. <c>2026-Q2</c>, <c>2026-06</c> or <c>2026</c>.</summary>
    public string Label { get; }

    /// <summary>The period's first day.</summary>
    public LocalDate From { get; }

    /// <summary>The period's last day.</summary>
    public LocalDate To { get; }

    /// <summary>The red list (光荣榜): each resident with the counted points they earned in the period, most first, then by resident id (ordinal).</summary>
    public ImmutableArray<KeyValuePair<ResidentId, long>> Red { get; }

    /// <summary>The black list (曝光台): each resident with the (negative) points of their listed deductions in the period, most negative first, then by resident id (ordinal).</summary>
    public ImmutableArray<KeyValuePair<ResidentId, long>> Black { get; }

    /// <summary>
    /// Computes the lists of the period (month, quarter or year, by the rulebook) that contains <paramref name="date"/>.
    /// A resident is on the red list when the points they earned in the period that counted after caps — caps applied
    /// to all their entries in canonical order, as in scoring, with no honour-window expiry — reach
    /// <see cref="ListPolicy.MinHonourPoints"/>, or when they hold an unreversed award of one of
    /// <see cref="ListPolicy.HonourRules"/> dated in the period. A resident is on the black list when they have at
    /// least one unreversed deduction of one of <see cref="ListPolicy.DeductionRules"/> dated in the period. A
    /// resident may be on both lists. Only entries in the ledger count: claims still in their notice period do not.
    /// </summary>
    /// <param name="scorer">The scorer (its rulebook gives the list policy and the caps).</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="date">Any day of the period.</param>
    /// <exception cref="InvalidOperationException">The scorer's rulebook defines no lists.</exception>
    public static HonourList Compute(CivilityScorer scorer, PointsLedger ledger, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(ledger);
        var policy = scorer.Rulebook.Lists ?? throw new InvalidOperationException($"Rulebook {scorer.Rulebook.Header} defines no red and black lists.");
        var (from, to) = Bounds(policy.Period, date);
        var plan = scorer.Rulebook.CapPlan;
        var red = new List<KeyValuePair<ResidentId, long>>();
        var black = new List<KeyValuePair<ResidentId, long>>();
        var state = ledger.State;
        foreach (var resident in state.ByResident.Keys)
        {
            var usage = new CapUsage(plan);
            long earned = 0, deducted = 0;
            bool honoured = false, sanctioned = false;
            foreach (var (entry, ruleIndex) in ResidentPass.Ordered(plan, state, resident, to))
            {
                var counted = usage.Apply(ruleIndex, entry.OccurredOn, entry.Points, null);
                if (entry.OccurredOn < from)
                {
                    continue;
                }

                if (counted > 0)
                {
                    earned += counted;
                    honoured |= policy.HonourRules.Contains(entry.Rule!.Value);
                }
                else if (counted < 0 && policy.DeductionRules.Contains(entry.Rule!.Value))
                {
                    sanctioned = true;
                    deducted += counted;
                }
            }

            if (honoured || earned >= policy.MinHonourPoints)
            {
                red.Add(new(resident, earned));
            }

            if (sanctioned)
            {
                black.Add(new(resident, deducted));
            }
        }

        return new HonourList(
            CapPlan.PeriodLabel(policy.Period, from), from, to,
            [.. red.OrderByDescending(r => r.Value).ThenBy(r => r.Key.Value, StringComparer.Ordinal)],
            [.. black.OrderBy(b => b.Value).ThenBy(b => b.Key.Value, StringComparer.Ordinal)]);
    }

    private static (LocalDate From, LocalDate To) Bounds(CapPeriod period, LocalDate date)
    {
        var from = period switch
        {
            CapPeriod.Month => new LocalDate(date.Year, date.Month, 1),
            CapPeriod.Quarter => new LocalDate(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1),
            CapPeriod.Year => new LocalDate(date.Year, 1, 1),
            _ => throw new InvalidOperationException("Lists cover a month, a quarter or a year."),
        };
        var months = period switch { CapPeriod.Month => 1, CapPeriod.Quarter => 3, _ => 12 };
        return (from, from.PlusMonths(months).PlusDays(-1));
    }
}
