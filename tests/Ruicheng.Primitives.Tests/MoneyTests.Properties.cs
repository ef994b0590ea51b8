using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.TestUtilities;

namespace Ruicheng.Primitives.Tests;

public partial class MoneyTests
{
    [Property]
    public Property PartsSumToTotal_Holds() =>
        Prop.ForAll(PrimitivesArbitraries.AllocationCases, c => Money.Sum(c.Total.Allocate(c.Weights)) == c.Total);

    [Property]
    public Property DecimalPartsSumToTotal_Holds() =>
        Prop.ForAll(PrimitivesArbitraries.DecimalAllocationCases, c => Money.Sum(c.Total.Allocate(c.Weights)) == c.Total);

    [Property]
    public Property EveryPartWithinOneFenOfExactShare_Holds() =>
        Prop.ForAll(PrimitivesArbitraries.AllocationCases, c =>
        {
            var parts = c.Total.Allocate(c.Weights);
            var weightSum = c.Weights.Aggregate(Int128.Zero, (s, w) => s + w);
            for (var i = 0; i < parts.Length; i++)
            {
                // |part - total·w/W| < 1 fen  ⇔  |part·W - total·w| < W
                var scaledError = ((Int128)parts[i].Fen * weightSum) - ((Int128)c.Total.Fen * c.Weights[i]);
                if (Int128.Abs(scaledError) >= weightSum)
                {
                    return false;
                }
            }

            return true;
        });

    [Property]
    public Property ZeroWeightGetsZero_Holds() =>
        Prop.ForAll(PrimitivesArbitraries.AllocationCases, c =>
            c.Total.Allocate(c.Weights).Zip(c.Weights).All(p => p.Second != 0 || p.First == Money.Zero));

    [Property]
    public Property KeyedPermutationPermutesResultOnly_Holds() =>
        Prop.ForAll(PrimitivesArbitraries.PermutedAllocationCases, c =>
        {
            var keys = Enumerable.Range(0, c.Weights.Length).Select(i => $"party-{i:D3}").ToArray();
            var original = c.Total.Allocate<string>(keys, c.Weights);
            var permutedKeys = c.Permutation.Select(i => keys[i]).ToArray();
            var permutedWeights = c.Permutation.Select(i => c.Weights[i]).ToArray();
            var permuted = c.Total.Allocate<string>(permutedKeys, permutedWeights);
            return c.Permutation.Select((source, position) => permuted[position] == original[source]).All(same => same);
        });

    [Property]
    public Property NegativeTotalIsMirror_Holds() =>
        Prop.ForAll(PrimitivesArbitraries.AllocationCases, c =>
            c.Total == Money.MinValue
            || c.Total.Allocate(c.Weights).SequenceEqual((-c.Total).Allocate(c.Weights).Select(m => -m)));

    [Property]
    public Property RaisingOneWeightNeverLowersThatShare_Holds() =>
        Prop.ForAll(
            PrimitivesArbitraries.AllocationCases,
            Gen.Choose(0, 1000).ToArbitrary(),
            Gen.Choose(1, 1_000_000).ToArbitrary(),
            (c, pick, raise) =>
            {
                var total = c.Total.Abs();
                var index = pick % c.Weights.Length;
                var before = total.Allocate(c.Weights)[index];
                var raised = (long[])c.Weights.Clone();
                raised[index] += raise;
                return total.Allocate(raised)[index] >= before;
            });
}
