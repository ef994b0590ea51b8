using Ruicheng.Civility.Points;

namespace Ruicheng.Benchmarks;

/// <summary>
/// The practical limit: the same semantics as the library's batch scorer, hand-written for exactly this workload
/// (one monthly cap per category, no per-rule caps), over the same columns.
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
        for (var r = 0; r < residentStart.Length - 1; r++)
        {
            month.Fill(-1);
            long honour = 0;
            for (var i = residentStart[r]; i < residentStart[r + 1]; i++)
            {
                var d = day[i];
                if (d > asOfDay)
                {
                    break;
                }

                var p = points[i];
                if (p > 0)
                {
                    var c = ruleCategory[rule[i]];
                    var m = monthKeys[d - minDay];
                    if (month[c] != m)
                    {
                        month[c] = m;
                        used[c] = 0;
                    }

                    var room = ScoringWorkload.MonthlyCap - used[c];
                    if (p > room)
                    {
                        p = room;
                    }

                    used[c] += p;
                }

                if (d >= windowStartDay)
                {
                    honour += p;
                }
            }

            var score = 1000 + honour;
            scores[r] = score;
            tiers[r] = TierOf(score);
        }
    }

    /// <summary>The Rongcheng tiers of the benchmark rulebooks, written out.</summary>
    public static CreditTier TierOf(long score) =>
        score >= 1050 ? CreditTier.AAA : score >= 1030 ? CreditTier.AA : score >= 960 ? CreditTier.A : score >= 850 ? CreditTier.B : score >= 600 ? CreditTier.C : CreditTier.D;
}
