using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Distributions;

/// <summary>Issue 12: a distribution and its explanation survive being stored, line for line.</summary>
public sealed class DistributionResultJsonTests
{
    [Property(MaxTest = 100)]
    public Property ADistribution_RoundTripsExactly() =>
        Prop.ForAll(EconomyArbitraries.Cases, Gen.Elements("pro-rata", "priority-by-class").ToArbitrary(), (c, policy) =>
        {
            var decision = CooperativeDistribution.Distribute(Plans.CaiUncapped(policy), c.Income, EconomyArbitraries.Register(c.Holdings, c.Order), EconomyArbitraries.Date,
                ImmutableDictionary<MemberId, decimal>.Empty, Money.FromYuan(20_000m)).Value;
            var read = DistributionResultJson.Read(DistributionResultJson.Write(decision));
            return read.IsSuccess && DeepEquality.Equal(decision, read.Value) && DistributionResultJson.Write(read.Value) == DistributionResultJson.Write(decision);
        });

    [Fact]
    public void LinesThatDoNotSumToTheIncome_AreRefused()
    {
        var decision = CooperativeDistribution.Distribute(Plans.CaiUncapped(), Money.FromYuan(100_000m), EconomyArbitraries.Register([(3, 2, 1, 1)], [0]), EconomyArbitraries.Date,
            ImmutableDictionary<MemberId, decimal>.Empty, Money.Zero).Value;
        var json = DistributionResultJson.Write(decision).Replace("\"income\": \"100000.00\"", "\"income\": \"100000.01\"", StringComparison.Ordinal);
        Assert.Contains("100000.01", json, StringComparison.Ordinal);
        Assert.Equal(DistributionResultJson.InvalidCode, DistributionResultJson.Read(json).FirstViolation!.Code);
        Assert.Equal("schema.required", DistributionResultJson.Read("{\"format\": 1}").FirstViolation!.Code.Value);
    }
}
