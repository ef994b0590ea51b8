using Ruicheng.Economy.Rulebooks;

namespace Ruicheng.Economy.Tests.Rulebooks;

public class EconomyRulebookFileTests
{
    [Fact]
    public void Load_BadPlan_ReportsEveryErrorWithJsonPaths_AndYieldsNoPlan()
    {
        var json = EconomyRulebookFile.RuichengJsonText
            .Replace("\"reservePercent\": 10,", "\"reservePercent\": 60,", StringComparison.Ordinal)
            .Replace("\"welfarePercent\": 5,", "\"welfarePercent\": 50,", StringComparison.Ordinal)
            .Replace("\"yuanPerUnit\": \"800\"", "\"yuanPerUnit\": \"-800\"", StringComparison.Ordinal)
            .Replace("\"ratio\": \"8:1:1\"", "\"ratio\": \"0:0:0\"", StringComparison.Ordinal);
        var result = EconomyRulebookFile.Load(json);
        Assert.True(result.IsFailure);
        var found = result.Violations.Select(v => (v.Code.Value, v.Path)).ToList();
        Assert.Contains(("economy.plan.percentages-exceed-100", "$.plans[0].welfarePercent"), found);
        Assert.Contains(("schema.pattern", "$.plans[0].floors[0].yuanPerUnit"), found);
        Assert.Contains(("economy.split.ratio.zero-total", "$.plans[1].split.ratio"), found);
    }

    [Fact]
    public void Load_FarmersCooperativeBelowSixtyPercentPatronage_IsReported()
    {
        var json = EconomyRulebookFile.RuichengJsonText.Replace("\"ratio\": \"8:1:1\"", "\"ratio\": \"5:3:2\"", StringComparison.Ordinal);
        var violation = Assert.Single(EconomyRulebookFile.Load(json).Violations);
        Assert.Equal(("economy.plan.patronage-minimum", "$.plans[1].split"), (violation.Code.Value, violation.Path));
    }

    [Fact]
    public void Ruicheng_Plans_AreTheArticles()
    {
        var rulebook = EconomyRulebookFile.LoadRuicheng();
        Assert.Equal("8:1:1", rulebook.Plan("tianyuan-guiju").Split.ToString());
        Assert.Equal(5, rulebook.Plan("cai-village").DividendClasses.Length + 1);
        Assert.Equal(Money.FromYuan(50_000m), rulebook.CollectiveIncome.WeakBelow);
        Assert.Contains("\"plans\"", EconomyRulebookFile.Schema, StringComparison.Ordinal);
    }
}
