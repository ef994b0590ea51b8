using NodaTime;
using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Scoring;

/// <summary>
/// A columnar, struct-of-arrays view of a ledger for county-scale batch scoring: per entry the resident index,
/// the resolved rule index (see <see cref="CivilityScorer.RuleIndexOf"/>), the day number and the points before
/// caps, grouped by resident and in date order within each resident. Built once; scored many times without
/// allocating per entry.
/// </summary>
public sealed class ScoringLedger
{
    private ScoringLedger(int[] residentStart, int[] rule, int[] day, int[] points, int minDay, int[] monthKeys)
    {
        ResidentStart = residentStart;
        Rule = rule;
        Day = day;
        Points = points;
        MinDay = minDay;
        MonthKeys = monthKeys;
    }

    /// <summary>The number of residents (resident indexes run from 0 to this, exclusive).</summary>
    public int ResidentCount => ResidentStart.Length - 1;

    /// <summary>The number of entries.</summary>
    public int EntryCount => Rule.Length;

    internal int[] ResidentStart { get; }

    internal int[] Rule { get; }

    internal int[] Day { get; }

    internal int[] Points { get; }

    internal int MinDay { get; }

    /// <summary>Month key (year × 12 + month − 1) per day number from <see cref="MinDay"/>; quarter and year derive from it.</summary>
    internal int[] MonthKeys { get; }

    /// <summary>
    /// Builds the view from columns already grouped by resident (ascending index) and in date order within each
    /// resident, as a database query ordered by (resident, day) returns them.
    /// </summary>
    /// <param name="residentCount">How many residents.</param>
    /// <param name="residentIndex">Per entry, the resident index.</param>
    /// <param name="ruleIndex">Per entry, the rule index.</param>
    /// <param name="day">Per entry, the day number.</param>
    /// <param name="points">Per entry, the points before caps.</param>
    /// <exception cref="ArgumentException">Columns differ in length, an index is out of range, or the order is not (resident, day).</exception>
    public static ScoringLedger FromGrouped(int residentCount, ReadOnlySpan<int> residentIndex, ReadOnlySpan<int> ruleIndex, ReadOnlySpan<int> day, ReadOnlySpan<int> points)
    {
        CheckColumns(residentCount, residentIndex, ruleIndex, day, points);
        var start = new int[residentCount + 1];
        for (var i = 0; i < residentIndex.Length; i++)
        {
            if (i > 0 && (residentIndex[i] < residentIndex[i - 1] || (residentIndex[i] == residentIndex[i - 1] && day[i] < day[i - 1])))
            {
                throw new ArgumentException($"Entry {i} is out of (resident, day) order; use FromUnsorted.", nameof(residentIndex));
            }

            start[residentIndex[i] + 1]++;
        }

        for (var r = 0; r < residentCount; r++)
        {
            start[r + 1] += start[r];
        }

        return Create(start, ruleIndex.ToArray(), day.ToArray(), points.ToArray());
    }

    /// <summary>
    /// Builds the view from columns in arrival order (a time-ordered ledger export): a stable counting sort groups
    /// the entries by resident in linear time, keeping each resident's entries in arrival order; a resident whose
    /// entries did not arrive in date order is then sorted on its own.
    /// </summary>
    /// <param name="residentCount">How many residents.</param>
    /// <param name="residentIndex">Per entry, the resident index.</param>
    /// <param name="ruleIndex">Per entry, the rule index.</param>
    /// <param name="day">Per entry, the day number.</param>
    /// <param name="points">Per entry, the points before caps.</param>
    /// <exception cref="ArgumentException">Columns differ in length or an index is out of range.</exception>
    public static ScoringLedger FromUnsorted(int residentCount, ReadOnlySpan<int> residentIndex, ReadOnlySpan<int> ruleIndex, ReadOnlySpan<int> day, ReadOnlySpan<int> points)
    {
        CheckColumns(residentCount, residentIndex, ruleIndex, day, points);
        var start = new int[residentCount + 1];
        foreach (var resident in residentIndex)
        {
            start[resident + 1]++;
        }

        for (var r = 0; r < residentCount; r++)
        {
            start[r + 1] += start[r];
        }

        var next = start.AsSpan(0, residentCount).ToArray();
        var rule = new int[ruleIndex.Length];
        var days = new int[day.Length];
        var pts = new int[points.Length];
        for (var i = 0; i < residentIndex.Length; i++)
        {
            var to = next[residentIndex[i]]++;
            rule[to] = ruleIndex[i];
            days[to] = day[i];
            pts[to] = points[i];
        }

        for (var r = 0; r < residentCount; r++)
        {
            SortGroupByDay(days, rule, pts, start[r], start[r + 1]);
        }

        return Create(start, rule, days, pts);
    }

    /// <summary>
    /// Builds the view from a ledger: awards and deductions that are not reversed, rules resolved once.
    /// Residents are indexed in the order given; entries of other residents are left out.
    /// </summary>
    /// <param name="scorer">The scorer whose rule indexes the columns use.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="residents">The residents, by index.</param>
    public static ScoringLedger FromLedger(CivilityScorer scorer, PointsLedger ledger, IReadOnlyList<ResidentId> residents)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(residents);
        var index = new Dictionary<ResidentId, int>();
        for (var i = 0; i < residents.Count; i++)
        {
            index.Add(residents[i], i);
        }

        var residentColumn = new List<int>();
        var ruleColumn = new List<int>();
        var dayColumn = new List<int>();
        var pointsColumn = new List<int>();
        foreach (var entry in ledger.Entries)
        {
            if (entry.Kind is EntryKind.Award or EntryKind.Deduction && !ledger.IsReversed(entry.Id) && index.TryGetValue(entry.Resident, out var resident))
            {
                residentColumn.Add(resident);
                ruleColumn.Add(scorer.RuleIndexOf(entry.Rule!.Value, entry.OccurredOn));
                dayColumn.Add(CivilityScorer.DayNumber(entry.OccurredOn));
                pointsColumn.Add(checked((int)entry.Points));
            }
        }

        return FromUnsorted(residents.Count, residentColumn.ToArray(), ruleColumn.ToArray(), dayColumn.ToArray(), pointsColumn.ToArray());
    }

    private static void CheckColumns(int residentCount, ReadOnlySpan<int> residentIndex, ReadOnlySpan<int> ruleIndex, ReadOnlySpan<int> day, ReadOnlySpan<int> points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(residentCount);
        if (ruleIndex.Length != residentIndex.Length || day.Length != residentIndex.Length || points.Length != residentIndex.Length)
        {
            throw new ArgumentException("The columns must have the same length.", nameof(residentIndex));
        }

        foreach (var resident in residentIndex)
        {
            if ((uint)resident >= (uint)residentCount)
            {
                throw new ArgumentException($"Resident index {resident} is outside 0..{residentCount - 1}.", nameof(residentIndex));
            }
        }

        foreach (var rule in ruleIndex)
        {
            if (rule < 0)
            {
                throw new ArgumentException($"Rule index {rule} is not a resolved rule.", nameof(ruleIndex));
            }
        }
    }

    private static void SortGroupByDay(int[] days, int[] rule, int[] points, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (days[i] < days[i - 1])
            {
                // Arrival order was not chronological for this resident: a stable sort keeps same-day order.
                var order = Enumerable.Range(from, to - from).OrderBy(k => days[k]).ToArray();
                var d = order.Select(k => days[k]).ToArray();
                var r = order.Select(k => rule[k]).ToArray();
                var p = order.Select(k => points[k]).ToArray();
                d.CopyTo(days, from);
                r.CopyTo(rule, from);
                p.CopyTo(points, from);
                return;
            }
        }
    }

    private static ScoringLedger Create(int[] start, int[] rule, int[] day, int[] points)
    {
        var minDay = day.Length == 0 ? 0 : day.Min();
        var maxDay = day.Length == 0 ? 0 : day.Max();
        var monthKeys = new int[maxDay - minDay + 1];
        var date = CivilityScorer.DateOf(minDay);
        for (var i = 0; i < monthKeys.Length; i++, date = date.PlusDays(1))
        {
            monthKeys[i] = (date.Year * 12) + date.Month - 1;
        }

        return new ScoringLedger(start, rule, day, points, minDay, monthKeys);
    }
}
