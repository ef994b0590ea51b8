using Ruicheng.Economy.Collective;
using Ruicheng.Economy.Rulebooks;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>
/// Issue 15: "collective income above one million yuan two years running" (the article's Dongzhanglian) and "weak for
/// N years" could not be expressed.
/// </summary>
public class MultiYearIncomeIsExpressible
{
    private static readonly UnitId Dongzhanglian = UnitId.From("nancheng.dongzhanglian");
    private static readonly UnitId Dipped = UnitId.From("sample.dipped");
    private static readonly UnitId Weak = UnitId.From("sample.weak");

    private static readonly VillageIncomeSummary[] Summaries = VillageIncomeSummary.From(
    [
        // Article: the cooperative's income passed 800,000 and the collective income passed one million two years running (figures here are samples above those marks).
        new(Dongzhanglian, 2024, IncomeSource.CooperativeDividend, Money.FromYuan(1_050_000m), "sample above the article's one million"),
        new(Dongzhanglian, 2025, IncomeSource.CooperativeDividend, Money.FromYuan(1_120_000m), "sample above the article's one million"),
        new(Dipped, 2024, IncomeSource.LandRent, Money.FromYuan(1_200_000m), "sample"),
        new(Dipped, 2025, IncomeSource.LandRent, Money.FromYuan(990_000m), "sample"),
        new(Weak, 2023, IncomeSource.Other, Money.FromYuan(30_000m), "sample"),
        new(Weak, 2024, IncomeSource.Other, Money.FromYuan(42_000m), "sample"),
        new(Weak, 2025, IncomeSource.Other, Money.FromYuan(49_999.99m), "sample"),
    ]).ToArray();

    [Fact]
    public void AboveAMillionTwoYearsRunning_IsDongzhanglianOnly_WithTheYearlyFigures()
    {
        var villages = CollectiveIncomeStreaks.AtLeastForYears(Summaries, Money.FromYuan(1_000_000m), 2, 2025);
        var decision = Assert.Single(villages);
        Assert.Equal(Dongzhanglian, decision.Value);
        Assert.Contains("2024 ¥1,050,000.00, 2025 ¥1,120,000.00", decision.Explanation.Steps[0].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void WeakForThreeYears_UsesTheRulebooksThreshold_AndAMissingYearBreaksTheRun()
    {
        var thresholds = EconomyRulebookFile.LoadRuicheng().CollectiveIncome;
        Assert.Equal(Weak, Assert.Single(CollectiveIncomeStreaks.WeakForYears(Summaries, thresholds, 3, 2025)).Value);
        Assert.Empty(CollectiveIncomeStreaks.WeakForYears(Summaries, thresholds, 4, 2025));
    }
}
