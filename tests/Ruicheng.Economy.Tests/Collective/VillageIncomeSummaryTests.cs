using Ruicheng.Economy.Collective;
using Ruicheng.Economy.Collective.Specifications;
using Ruicheng.Economy.Rulebooks;

namespace Ruicheng.Economy.Tests.Collective;

public class VillageIncomeSummaryTests
{
    private static readonly EconomyRulebook Rulebook = EconomyRulebookFile.LoadRuicheng();

    private static readonly CollectiveIncomeRecord[] Records =
    [
        new(UnitId.From("yongle.cai"), 2026, IncomeSource.CooperativeDividend, Money.FromYuan(2_900_000m), "five-share linkage"),
        new(UnitId.From("yongle.cai"), 2026, IncomeSource.LandRent, Money.FromYuan(260_000m), "rents"),
        new(UnitId.From("dawang.sample-01"), 2026, IncomeSource.EnclaveReturn, Money.FromYuan(30_000m), "toona park"),
        new(UnitId.From("nancheng.dongzhanglian"), 2026, IncomeSource.LandRent, Money.FromYuan(400_000m), "1,600 mu"),
    ];

    [Fact]
    public void Classify_UsesRulebookThresholds()
    {
        var summaries = VillageIncomeSummary.From(Records);
        var cai = summaries.Single(s => s.Village == UnitId.From("yongle.cai"));
        Assert.Equal(Money.FromYuan(3_160_000m), cai.Total);
        Assert.Equal(VillageIncomeClass.MilestoneReached, cai.Classify(Rulebook.CollectiveIncome, Rulebook.Header.Reference).Value);
        Assert.Equal(VillageIncomeClass.EconomicallyWeak, summaries.Single(s => s.Village == UnitId.From("dawang.sample-01")).Classify(Rulebook.CollectiveIncome, Rulebook.Header.Reference).Value);
    }

    [Fact]
    public void Specifications_FindWeakAndMillionVillages()
    {
        var summaries = VillageIncomeSummary.From(Records);
        Assert.Equal([UnitId.From("dawang.sample-01")], new WeakVillagesSpec(Rulebook.CollectiveIncome, 2026).Evaluate(summaries).Select(s => s.Village));
        Assert.Equal([UnitId.From("yongle.cai")], new VillagesAboveSpec(Money.FromYuan(1_000_000m), 2026).Evaluate(summaries).Select(s => s.Village));
    }
}
