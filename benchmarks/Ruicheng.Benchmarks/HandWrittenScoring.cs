using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Ruicheng.Civility.Points;

namespace Ruicheng.Benchmarks;

/// <summary>
/// The practical limit: the same semantics as the library's batch scorer, hand-written for exactly this workload
/// (one monthly cap per category, no per-rule caps), over the same columns, branch-free in its capping so that it is
/// as fast as such a loop can be written (the honest baseline for the library's ratio).
/// </summary>
internal static class HandWrittenScoring
{
    public static void Score(
        ReadOnlySpan<int> residentStart, ReadOnlySpan<int> rule, ReadOnlySpan<int> day, ReadOnlySpan<int> points,
        ReadOnlySpan<int> ruleCategory, ReadOnlySpan<int> monthKeys, int minDay, int asOfDay, int windowStartDay,
        Span<long> scores, Span<CreditTier> tiers)
    {
        Span<int> month = stackalloc int[ScoringWorkload.CategoryCount];
        Span<int> used = stackalloc int[ScoringWorkload.CategoryCount];
        ref var monthOf = ref MemoryMarshal.GetReference(month);
        ref var usedOf = ref MemoryMarshal.GetReference(used);
        ref var ruleAt = ref MemoryMarshal.GetReference(rule);
        ref var dayAt = ref MemoryMarshal.GetReference(day);
        ref var pointsAt = ref MemoryMarshal.GetReference(points);
        ref var categoryOf = ref MemoryMarshal.GetReference(ruleCategory);
        ref var monthKeyOf = ref MemoryMarshal.GetReference(monthKeys);
        for (var r = 0; r < residentStart.Length - 1; r++)
        {
            month.Fill(-1);
            long honour = 0;
            var end = residentStart[r + 1];
            for (var i = residentStart[r]; i < end; i++)
            {
                var d = Unsafe.Add(ref dayAt, i);

                // Entries are in day order, so this exit is taken once per resident and predicted.
                if (d > asOfDay)
                {
                    break;
                }

                // Branch-free capping: a new month zeroes the usage by a mask; a deduction (p <= 0) passes through
                // min(p, room) unchanged because the room is never negative, and adds max(p, 0) = 0 to the usage.
                var p = Unsafe.Add(ref pointsAt, i);
                var c = Unsafe.Add(ref categoryOf, Unsafe.Add(ref ruleAt, i));
                var m = Unsafe.Add(ref monthKeyOf, d - minDay);
                ref var monthOfC = ref Unsafe.Add(ref monthOf, c);
                ref var usedOfC = ref Unsafe.Add(ref usedOf, c);
                var u = usedOfC & -(monthOfC == m ? 1 : 0);
                monthOfC = m;
                var counted = Math.Min(p, ScoringWorkload.MonthlyCap - u);
                usedOfC = u + Math.Max(counted, 0);
                honour += counted & -(d >= windowStartDay ? 1 : 0);
            }

            var score = 1000 + honour;
            scores[r] = score;
            tiers[r] = TierOf(score);
        }
    }

    /// <summary>
    /// The hand-written path from a time-ordered export: a counting sort on the resident (one count pass, one scatter
    /// pass, into buffers the caller keeps), then <see cref="Score"/>. The export is in day order, so each resident's
    /// run comes out in canonical order without a sort of its own.
    /// </summary>
    public static void CountingSortAndScore(
        ReadOnlySpan<int> resident, ReadOnlySpan<int> rule, ReadOnlySpan<int> day, ReadOnlySpan<int> points,
        Span<int> start, Span<int> next, Span<int> sortedRule, Span<int> sortedDay, Span<int> sortedPoints,
        ReadOnlySpan<int> ruleCategory, ReadOnlySpan<int> monthKeys, int minDay, int asOfDay, int windowStartDay,
        Span<long> scores, Span<CreditTier> tiers)
    {
        start.Clear();
        foreach (var r in resident)
        {
            start[r + 1]++;
        }

        for (var r = 1; r < start.Length; r++)
        {
            start[r] += start[r - 1];
        }

        start[..^1].CopyTo(next);
        for (var i = 0; i < resident.Length; i++)
        {
            var to = next[resident[i]]++;
            sortedRule[to] = rule[i];
            sortedDay[to] = day[i];
            sortedPoints[to] = points[i];
        }

        Score(start, sortedRule, sortedDay, sortedPoints, ruleCategory, monthKeys, minDay, asOfDay, windowStartDay, scores, tiers);
    }

    /// <summary>The Rongcheng tiers of the benchmark rulebooks, written out.</summary>
    public static CreditTier TierOf(long score) =>
        score >= 1050 ? CreditTier.AAA : score >= 1030 ? CreditTier.AA : score >= 960 ? CreditTier.A : score >= 850 ? CreditTier.B : score >= 600 ? CreditTier.C : CreditTier.D;
}
