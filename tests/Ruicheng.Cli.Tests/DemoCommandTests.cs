using Ruicheng.Economy.Rulebooks;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public void Demo_PrintsEverySection_AndIsDeterministic()
    {
        var (exit, output) = Run("demo");
        Assert.Equal(0, exit);
        foreach (var expected in new[] { "芮城县", "金盆村", "五股联动", "8 : 1 : 1", "香椿", "1,600 mu", "credit tier", "积分争议", "小事不出村", "stateDiagram-v2" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }

        Assert.Equal(output, Run("demo").Output);
    }

    [Fact]
    public void DemoJson_MatchesTheDomainsFigures()
    {
        var (exit, json) = RunJson("demo");
        Assert.Equal(0, exit);
        Assert.Equal("芮城县 / 大王镇 / 金盆村", json.GetProperty("hierarchy").GetProperty("jinpenPath").GetString());
        Assert.Equal(12, json.GetProperty("hierarchy").GetProperty("dawangVillages").GetInt32());

        // The same plan the Economy tests use: reserve and welfare are the rulebook's percentages of the sample 1,200,000.
        var plan = EconomyRulebookFile.LoadRuicheng().Plan("cai-village");
        var cai = json.GetProperty("caiFiveShares");
        Assert.Equal(1_200_000m, cai.GetProperty("income").GetAmount());
        Assert.Equal(Money.FromYuan(1_200_000m).Multiply(plan.Reserve, FenRounding.TowardZero).Yuan, cai.GetProperty("tranches").GetProperty("Reserve").GetAmount());
        Assert.Equal(120_000m, cai.GetProperty("tranches").GetProperty("Reserve").GetAmount());
        Assert.Equal(60_000m, cai.GetProperty("tranches").GetProperty("Welfare").GetAmount());
        Assert.Equal(1_200_000m, cai.GetProperty("paidOut").GetAmount() + cai.GetProperty("retained").GetAmount());

        var herbal = json.GetProperty("herbal811");
        Assert.Equal((176_000m, 22_000m, 22_000m), (herbal.GetProperty("cooperative").GetAmount(), herbal.GetProperty("collective").GetAmount(), herbal.GetProperty("villagers").GetAmount()));

        var park = json.GetProperty("toonaPark");
        Assert.Equal(11, park.GetProperty("members").GetArrayLength());
        Assert.Equal(120_000m, park.GetProperty("hostFee").GetAmount());
        Assert.Equal(450_000m, park.GetProperty("hostFee").GetAmount() + park.GetProperty("members").EnumerateArray().Sum(m => m.GetProperty("amount").GetAmount()));

        // One points appeal end to end: the council upholds it and the ledger reverses the deduction.
        var appeal = json.GetProperty("civility").GetProperty("appeal");
        Assert.Equal("Settled", appeal.GetProperty("state").GetString());
        Assert.Equal(["Accept", "UpholdAppeal"], appeal.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("trigger").GetString()));
        Assert.StartsWith("governance.points-appeal.upheld", appeal.GetProperty("civicEvents")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(appeal.GetProperty("balanceBefore").GetInt64() - appeal.GetProperty("points").GetInt64(), appeal.GetProperty("balanceAfter").GetInt64());
        Assert.Contains("Reversal", appeal.GetProperty("appended")[0].GetString(), StringComparison.Ordinal);

        var disputes = json.GetProperty("disputes");
        Assert.Equal(40, disputes.GetProperty("cases").GetInt32());
        Assert.Equal(
            disputes.GetProperty("settledAtVillageOrBelow").GetInt32() / (decimal)disputes.GetProperty("settled").GetInt32(),
            disputes.GetProperty("shareSettledAtVillageOrBelow").GetAmount());
        Assert.StartsWith("stateDiagram-v2", disputes.GetProperty("mermaid").GetString(), StringComparison.Ordinal);
        Assert.Equal(2024, json.GetProperty("dongzhanglianRents")[0].GetProperty("year").GetInt32());
        Assert.Equal(960_000m, json.GetProperty("dongzhanglianRents")[1].GetProperty("rent").GetAmount());
    }
}
