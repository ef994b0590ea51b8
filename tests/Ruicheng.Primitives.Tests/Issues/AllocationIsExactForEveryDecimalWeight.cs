using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.TestUtilities;

namespace Ruicheng.Primitives.Tests.Issues;

/// <summary>
/// Issue 18: decimal weights with 10+ significant digits (or a mantissa word ≥ 2³¹) overflowed, and
/// <c>Money.MinValue.Allocate([1])</c> threw, because a part of 2⁶³ fen was held in a <c>long</c> before its sign.
/// </summary>
public class AllocationIsExactForEveryDecimalWeight
{
    [Fact]
    public void MuWithTwelveSignificantDigits_Allocates()
    {
        var parts = Money.FromYuan(10_000m).Allocate([12.3456789012m, 7.6543210988m]);
        Assert.Equal(Money.FromYuan(10_000m), Money.Sum(parts));
        Assert.Equal(Money.FromFen(617_284), parts[0]);
    }

    [Fact]
    public void MantissaWordAboveTwoToThe31_Allocates()
    {
        var large = new decimal(-1, -1, -1, false, 3);
        var parts = Money.FromFen(1_000).Allocate([large, 1m]);
        Assert.Equal([Money.FromFen(1_000), Money.Zero], parts);
    }

    [Fact]
    public void MinValue_AllocatedToOneWeight_IsItself()
    {
        Assert.Equal([Money.MinValue], Money.MinValue.Allocate([1L]));
        Assert.Equal([Money.MinValue], Money.MinValue.Allocate([decimal.MaxValue]));
    }

    [Fact]
    public void MinValue_SplitInTwo_SumsToMinValue()
    {
        var parts = Money.MinValue.Allocate([1m, 1m]);
        Assert.Equal(Money.MinValue, Money.Sum(parts));
    }

    [Property(MaxTest = 500)]
    public Property AnyDecimalWeights_ConserveTotal_AndEachPartIsWithinOneFenOfItsExactShare() =>
        Prop.ForAll(PrimitivesArbitraries.AnyDecimalAllocationCases, c =>
        {
            var parts = c.Total.Allocate(c.Weights);
            var exact = c.Weights.Select(ToRational).ToArray();
            var common = exact.Aggregate(BigInteger.One, (d, w) => d * w.Denominator / BigInteger.GreatestCommonDivisor(d, w.Denominator));
            var scaled = exact.Select(w => w.Numerator * (common / w.Denominator)).ToArray();
            var weightSum = scaled.Aggregate(BigInteger.Zero, (s, w) => s + w);
            var sum = parts.Aggregate(BigInteger.Zero, (s, p) => s + p.Fen);
            if (sum != c.Total.Fen)
            {
                return false;
            }

            for (var i = 0; i < parts.Length; i++)
            {
                // |part − total·w/W| < 1 fen  ⇔  |part·W − total·w| < W
                var error = ((BigInteger)parts[i].Fen * weightSum) - ((BigInteger)c.Total.Fen * scaled[i]);
                if (BigInteger.Abs(error) >= weightSum || (scaled[i].IsZero && parts[i] != Money.Zero))
                {
                    return false;
                }
            }

            return true;
        });

    private static (BigInteger Numerator, BigInteger Denominator) ToRational(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | unchecked((uint)bits[0]);
        return (mantissa, BigInteger.Pow(10, value.Scale));
    }
}
