using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Ruicheng.Primitives.Tests.Issues;

/// <summary>
/// Issue 19 (allocation over 10,000 parties): the parties owed the leftover fen are now selected, not sorted. They must
/// be exactly the ones the documented order names — largest remainder first, then the larger weight, then the earlier
/// position — checked against a plain sort for weights with many ties and many parties.
/// </summary>
public sealed class LargestRemainderSelectsTheSamePartiesAsASort
{
    private static Money[] BySort(long totalFen, long[] weights)
    {
        var sum = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
        var magnitude = BigInteger.Abs(totalFen);
        var parts = weights.Select(w => magnitude * w / sum).ToArray();
        var remainders = weights.Select(w => magnitude * w % sum).ToArray();
        var leftover = (int)(magnitude - parts.Aggregate(BigInteger.Zero, (a, p) => a + p));
        var owed = Enumerable.Range(0, weights.Length).Where(i => remainders[i] > 0)
            .OrderByDescending(i => remainders[i]).ThenByDescending(i => weights[i]).ThenBy(i => i).Take(leftover);
        foreach (var i in owed)
        {
            parts[i]++;
        }

        return [.. parts.Select(p => Money.FromFen((long)(totalFen < 0 ? -p : p)))];
    }

    [Property(MaxTest = 300)]
    public Property TheSameParties_AreOwedAFen() =>
        Prop.ForAll(
            Gen.Choose(1, 3000).SelectMany(n => Gen.Choose(0, 7).ArrayOf(n)).ToArbitrary(),
            Gen.Choose(-1_000_000, 1_000_000).ToArbitrary(),
            (small, total) =>
            {
                var weights = small.Select(w => (long)w).ToArray();
                if (weights.All(w => w == 0))
                {
                    weights[0] = 1;
                }

                return Money.FromFen(total).Allocate(weights).SequenceEqual(BySort(total, weights));
            });

    [Fact]
    public void TenThousandEqualWeights_GiveTheLeftoverToTheEarliest()
    {
        var weights = Enumerable.Repeat(3L, 10_000).ToArray();
        var parts = Money.FromFen(1_234_567).Allocate(weights);
        Assert.Equal(BySort(1_234_567, weights), parts);
        Assert.Equal(1_234_567 % 10_000, parts.Count(p => p.Fen == (1_234_567 / 10_000) + 1));
        Assert.True(parts.Take(1_234_567 % 10_000).All(p => p.Fen == (1_234_567 / 10_000) + 1));
    }
}
