using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Distributions.Rules;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Distributions;

public partial class CooperativeDistributionTests
{
    private static readonly LocalDate Date = EconomyArbitraries.Date;

    /// <summary>A Cai-village-shaped register: 20 households, land shares, floor, pooled and split shares.</summary>
    private static ShareRegister CaiRegister() => EconomyArbitraries.Register(
        Enumerable.Range(0, 20).Select(i => (Land: 20 + i, Floor: 10 + (i % 5), Pooled: 30 + (i * 3 % 11), Split: 15 + (i % 4))).ToArray(),
        Enumerable.Range(0, 20).ToArray());

    [Fact]
    public void Cai_FiveShares_Distributes3160000_WithEveryTrancheExplained()
    {
        var decision = CooperativeDistribution.Distribute(Plans.Cai, Money.FromYuan(3_160_000m), CaiRegister(), Date).Value;
        var result = decision.Value;

        Assert.Equal(Money.FromYuan(3_160_000m), Money.Sum(result.Lines.Select(l => l.Amount)));
        Assert.Equal(Money.FromYuan(3_160_000m), result.PaidOut + result.Retained);
        Assert.Equal(Money.FromYuan(316_000m), result.TotalOf(DistributionTranche.Reserve));
        Assert.Equal(Money.FromYuan(158_000m), result.TotalOf(DistributionTranche.Welfare));
        // Land: 590 mu × 800; floor shares: 240 × 80.
        Assert.Equal(Money.FromYuan((590 * 800) + (240 * 80)), result.TotalOf(DistributionTranche.Floor));
        var afterFloors = Money.FromYuan(3_160_000m - 316_000m - 158_000m - 472_000m - 19_200m);
        Assert.Equal(afterFloors.Multiply(Rate.FromPercent(10), FenRounding.TowardZero), result.TotalOf(DistributionTranche.Reinvestment));
        Assert.Equal(20, result.IssuedShares.Length);
        Assert.All(result.IssuedShares, s => Assert.Equal(ShareClass.Reinvestment, s.Class));

        var rules = decision.Explanation.Steps.Select(s => s.Rule.Value).ToList();
        Assert.Equal(["cai-village.reserve", "cai-village.floor", "cai-village.reinvestment", "cai-village.split"], rules);
        Assert.Equal("ruicheng.economy@1.0", decision.Explanation.Rulebook.ToString());
        Assert.All(result.Lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Why)));
        Assert.Contains(result.Lines, l => l.Tranche == DistributionTranche.Split && l.Member == EconomyArbitraries.Collective);
    }

    [Fact]
    public void Herbal_811Split_IsExactToTheFen()
    {
        var register = EconomyArbitraries.Register([(10, 0, 0, 0), (5, 0, 0, 0), (6, 0, 0, 0)], [0, 1, 2]);
        var patronage = new Dictionary<MemberId, decimal> { [MemberId.From("H-000")] = 1, [MemberId.From("H-001")] = 1, [MemberId.From("H-002")] = 1 };
        var income = Money.FromYuan(800_000.01m);
        var result = CooperativeDistribution.Distribute(Plans.Herbal, income, register, Date, patronage, Money.Zero).Value.Value;

        Assert.Equal(Money.FromYuan(640_000.01m), Money.Sum(result.Lines.Where(l => l.Rule.Value == "tianyuan-guiju.split.cooperative").Select(l => l.Amount)));
        Assert.Equal(Money.FromYuan(80_000m), result.PaidTo(EconomyArbitraries.Collective));
        Assert.Equal(Money.FromYuan(80_000m), Money.Sum(result.Lines.Where(l => l.Rule.Value == "tianyuan-guiju.split.villagers").Select(l => l.Amount)));
        Assert.Equal(income, result.PaidOut);
        // The cooperative's 640,000.01 over three equal patrons is 213,333.3367 each: the two leftover fen go to the smallest member ids.
        Assert.Equal([Money.FromYuan(213_333.34m), Money.FromYuan(213_333.34m), Money.FromYuan(213_333.33m)],
            result.Lines.Where(l => l.Rule.Value == "tianyuan-guiju.split.cooperative").Select(l => l.Amount).ToArray());
    }

    [Fact]
    public void MemberAboveCap_IsRefusedWithFigures()
    {
        var register = EconomyArbitraries.Register([(0, 0, 90, 0), (0, 0, 10, 0)], [0, 1]);
        var result = CooperativeDistribution.Distribute(Plans.Cai, Money.FromYuan(1000m), register, Date);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(MemberMustNotExceedShareCapRule.Id, violation.Code);
        Assert.Contains(violation.Figures, f => f.Name == "cap" && f.Value == "20%");
    }

    [Fact]
    public void PatronageSplit_WithoutPatronage_IsRefused() =>
        Assert.Equal(
            PatronageRequiredForPatronageSplitRule.Id,
            CooperativeDistribution.Distribute(Plans.Herbal, Money.FromYuan(10m), EconomyArbitraries.Register([(1, 0, 0, 0)], [0]), Date).FirstViolation?.Code);

    [Fact]
    public void LossYear_PaysFloorsFromReserves_AndCarriesTheRest()
    {
        var register = EconomyArbitraries.Register([(10, 0, 5, 0), (10, 0, 5, 0)], [0, 1]);
        var result = CooperativeDistribution.Distribute(Plans.CaiUncapped(), Money.FromYuan(-5_000m), register, Date, ImmutableDictionary<MemberId, decimal>.Empty, Money.FromYuan(10_000m)).Value.Value;
        // Floors due are 20 mu × 800 = 16,000; the reserve balance of 10,000 pays them pro rata.
        Assert.Equal(Money.FromYuan(10_000m), result.TotalOf(DistributionTranche.Floor));
        Assert.Equal(Money.FromYuan(-10_000m), result.TotalOf(DistributionTranche.Reserve));
        Assert.Equal(Money.FromYuan(-5_000m), result.TotalOf(DistributionTranche.CarriedForward));
        Assert.Equal(Money.FromYuan(-5_000m), result.PaidOut + result.Retained);
    }

    [Fact]
    public void Shortfall_PriorityByClass_PaysLandFirst()
    {
        var register = EconomyArbitraries.Register([(1, 10, 0, 0)], [0]);
        // Distributable after 15% reserve+welfare of 1,000 is 850: land due 800 is paid in full, floor shares get the 50 left.
        var result = CooperativeDistribution.Distribute(Plans.CaiUncapped("priority-by-class"), Money.FromYuan(1_000m), register, Date).Value.Value;
        var floors = result.Lines.Where(l => l.Tranche == DistributionTranche.Floor).ToList();
        Assert.Equal(Money.FromYuan(800m), floors.Single(l => l.Rule.Value.EndsWith(".land", StringComparison.Ordinal)).Amount);
        Assert.Equal(Money.FromYuan(50m), floors.Single(l => l.Rule.Value.EndsWith(".guaranteed-floor", StringComparison.Ordinal)).Amount);
    }
}
