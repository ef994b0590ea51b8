using Ruicheng.Cli.Demo;
using Ruicheng.Economy.Collective;
using Ruicheng.Economy.Rulebooks;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 15 (fidelity to the article in ../shared/seed): the herbal cooperative is 田园归居 (not 天源归居); 3.16 million
/// yuan is Cai village's collective income (not a cooperative's); the herbal cooperative raised income by more than
/// 200,000 yuan a year; 800,000 yuan is Dongzhanglian's cooperative income, and its collective income passed one
/// million two years running.
/// </summary>
public class ArticleFiguresAreAttributedRight
{
    [Fact]
    public void TheHerbalCooperative_Is田园归居()
    {
        var plan = EconomyRulebookFile.LoadRuicheng().Plan("tianyuan-guiju");
        Assert.StartsWith("田园归居", plan.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("天源", EconomyRulebookFile.RuichengJsonText, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreePointOneSixMillion_IsCaisCollectiveIncome_ClassifiedAsAMillionVillage()
    {
        var (_, json) = RunJson("demo");
        var collective = json.GetProperty("caiCollectiveIncome");
        Assert.Equal(3_160_000m, collective.GetProperty("income").GetAmount());
        Assert.Equal(nameof(VillageIncomeClass.MilestoneReached), collective.GetProperty("class").GetString());
        Assert.NotEqual(3_160_000m, json.GetProperty("caiFiveShares").GetProperty("income").GetAmount());
    }

    [Fact]
    public void TheHerbalIncome_IsMoreThan200000_AndDongzhanglian_Is800000AndAMillionTwoYearsRunning()
    {
        Assert.True(RuichengScenario.HerbalIncome > Money.FromYuan(200_000m));
        Assert.Equal(Money.FromYuan(800_000m), RuichengScenario.DongzhanglianCooperativeIncome);
        var (_, json) = RunJson("demo");
        Assert.Equal(800_000m, json.GetProperty("dongzhanglian").GetProperty("cooperativeIncome").GetAmount());
        Assert.True(json.GetProperty("dongzhanglian").GetProperty("collectiveAboveAMillionTwoYearsRunning").GetBoolean());
        Assert.Equal(220_000m, json.GetProperty("herbal811").GetProperty("income").GetAmount());
    }
}
