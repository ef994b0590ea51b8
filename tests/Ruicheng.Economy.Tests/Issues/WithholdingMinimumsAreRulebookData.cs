using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>Issue 15: reserve and welfare minimums were nowhere; they are rulebook data with their source, checked at load.</summary>
public class WithholdingMinimumsAreRulebookData
{
    [Fact]
    public void TheBuiltInRulebook_StatesTheMinimums_WithTheirSource()
    {
        var minimums = EconomyRulebookFile.LoadRuicheng().Minimums[CooperativeKind.JointStock];
        Assert.Equal((Rate.FromPercent(5), Rate.FromPercent(5)), (minimums.Reserve, minimums.Welfare));
        Assert.Contains("reserve 5-10%", minimums.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reservePercent", "3", "economy.plan.reserve-minimum")]
    [InlineData("welfarePercent", "2", "economy.plan.welfare-minimum")]
    public void APlanBelowItsKindsMinimum_IsRefused_WithThePlansPath(string field, string value, string code)
    {
        var json = JsonEdit.Set(EconomyRulebookFile.RuichengJsonText, d => d["plans"]![0]!, field, value);
        var violation = Assert.Single(EconomyRulebookFile.Load(json).Violations);
        Assert.Equal((code, "$.plans[0]"), (violation.Code.Value, violation.Path));
    }
}
