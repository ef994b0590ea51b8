using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Distributions.Rules;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Economy.Tests.Distributions;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>
/// Issue 15: the 60% patronage minimum of farmers' cooperatives was checked only on the plan's ratio, so floors that
/// ate the surplus left a "compliant" plan returning almost nothing by patronage.
/// </summary>
public class PatronageMinimumIsCheckedOnTheFigures
{
    private static readonly Dictionary<MemberId, decimal> Patronage = new() { [MemberId.From("H-000")] = 1_000m, [MemberId.From("H-001")] = 3_000m };

    [Fact]
    public void TheHerbalSplit_ReturnsEightyPercentByPatronage_AndPasses()
    {
        var register = EconomyArbitraries.Register([(10, 0, 0, 0), (10, 0, 0, 0)], [0, 1]);
        var result = CooperativeDistribution.Distribute(Plans.Herbal, Money.FromYuan(220_000m), register, new LocalDate(2026, 12, 31), Patronage, Money.Zero);
        Assert.True(result.IsSuccess, string.Join("; ", result.Violations));
    }

    [Fact]
    public void FloorsThatEatTheSurplus_BreakTheMinimum_OnTheActualFigures()
    {
        // The same 8:1:1 plan with a land floor of 5,000 yuan a mu: 20 mu take 100,000 of 120,000.
        var json = EconomyRulebookFile.RuichengJsonText.Replace(
            "\"kind\": \"farmers-cooperative\",", "\"kind\": \"farmers-cooperative\", \"floors\": [ { \"class\": \"land\", \"yuanPerUnit\": \"5000\" } ],", StringComparison.Ordinal)
            .Replace("\"floors\": [],", string.Empty, StringComparison.Ordinal);
        var plan = EconomyRulebookFile.Load(json).Value.Plan("tianyuan-guiju");
        var register = EconomyArbitraries.Register([(10, 0, 0, 0), (10, 0, 0, 0)], [0, 1]);
        var result = CooperativeDistribution.Distribute(plan, Money.FromYuan(120_000m), register, new LocalDate(2026, 12, 31), Patronage, Money.Zero);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(PatronageReturnMinimumRule.Id, violation.Code);
        Assert.Contains(violation.Figures, f => f.Name == "byPatronage" && f.Value == "¥16,000.00");
    }
}
