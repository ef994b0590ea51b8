using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Distributions.Rules;
using Ruicheng.Economy.Tests.Distributions;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>
/// Issue 15: each year stood alone — reserves, losses carried forward and the shares bought by reinvestment were
/// written nowhere — and a loss year carried forward the loss plus the floors paid out of the reserve.
/// </summary>
public class YearsCloseInOrderAndCarryOver
{
    private static readonly ImmutableDictionary<MemberId, decimal> NoPatronage = ImmutableDictionary<MemberId, decimal>.Empty;

    private static CooperativeBooks Books() =>
        CooperativeBooks.Open(EconomyArbitraries.Register([(10, 0, 5, 0), (10, 0, 5, 0)], [0, 1]), 2025, Money.Zero, Money.Zero, Money.Zero).Value;

    [Fact]
    public void ProfitThenLossThenProfit_MovesTheBalancesAsByHand()
    {
        var plan = Plans.CaiUncapped();
        var y2025 = Books().CloseYear(plan, 2025, Money.FromYuan(100_000m), NoPatronage).Value.Value;
        Assert.Equal((Money.FromYuan(10_000m), Money.FromYuan(5_000m), Money.Zero), (y2025.After.ReserveBalance, y2025.After.WelfareFund, y2025.After.LossCarriedForward));

        // Reinvestment: 10% of the surplus 69,000 = 6,900 at ¥1 a share, 3,450 to each holder, earning from 2026.
        var shares = y2025.After.Register.UnitsOn(ShareClass.Reinvestment, new LocalDate(2026, 12, 31));
        Assert.Equal([3_450m, 3_450m], shares.Select(s => s.Value));
        Assert.Empty(y2025.After.Register.UnitsOn(ShareClass.Reinvestment, new LocalDate(2025, 12, 31)));

        // A loss: floors due 16,000 are paid out of the 10,000 reserve; the year's own loss, 5,000, is carried.
        var y2026 = y2025.After.CloseYear(plan, 2026, Money.FromYuan(-5_000m), NoPatronage).Value.Value;
        Assert.Equal(Money.FromYuan(10_000m), y2026.Distribution!.TotalOf(DistributionTranche.Floor));
        Assert.Equal((Money.Zero, Money.FromYuan(5_000m), Money.FromYuan(5_000m)), (y2026.After.ReserveBalance, y2026.After.WelfareFund, y2026.After.LossCarriedForward));

        // A profit makes good the loss first; 15,000 is then distributed (1,500 reserve, 750 welfare).
        var y2027 = y2026.After.CloseYear(plan, 2027, Money.FromYuan(20_000m), NoPatronage).Value.Value;
        Assert.Equal(Money.FromYuan(5_000m), y2027.LossMadeGood);
        Assert.Equal(Money.FromYuan(15_000m), y2027.Distribution!.Income);
        Assert.Equal((Money.FromYuan(1_500m), Money.FromYuan(5_750m), Money.Zero), (y2027.After.ReserveBalance, y2027.After.WelfareFund, y2027.After.LossCarriedForward));
    }

    [Fact]
    public void ReinvestmentShares_EarnFromTheNextYear()
    {
        var plan = Plans.CaiUncapped();
        var y2025 = Books().CloseYear(plan, 2025, Money.FromYuan(100_000m), NoPatronage).Value.Value;
        var y2026 = y2025.After.CloseYear(plan, 2026, Money.FromYuan(100_000m), NoPatronage).Value.Value;

        // In 2026 each holder's dividend units are 5 pooled + 3,450 reinvestment shares issued on 2026-01-01.
        var reinvestment = y2026.Distribution!.Lines.Where(l => l.Tranche == DistributionTranche.Reinvestment).ToList();
        Assert.All(reinvestment, l => Assert.Contains("3455 dividend units", l.Why, StringComparison.Ordinal));
        var splitToMembers = y2026.Distribution.Lines.Where(l => l.Rule.Value == "cai-village.split.members").ToList();
        Assert.All(splitToMembers, l => Assert.Contains("3455/6910", l.Why, StringComparison.Ordinal));
    }

    [Fact]
    public void AProfitSmallerThanTheLoss_IsAllUsedToMakeItGood_AndNothingIsDistributed()
    {
        var books = CooperativeBooks.Open(EconomyArbitraries.Register([(10, 0, 5, 0)], [0]), 2026, Money.Zero, Money.Zero, Money.FromYuan(50_000m)).Value;
        var close = books.CloseYear(Plans.CaiUncapped(), 2026, Money.FromYuan(20_000m), NoPatronage).Value.Value;
        Assert.Null(close.Distribution);
        Assert.Equal(Money.FromYuan(30_000m), close.After.LossCarriedForward);
    }

    [Fact]
    public void AYear_CannotBeClosedTwice_SkippedOrOutOfOrder()
    {
        var plan = Plans.CaiUncapped();
        var after2025 = Books().CloseYear(plan, 2025, Money.FromYuan(1_000m), NoPatronage).Value.Value.After;
        foreach (var year in new[] { 2025, 2024, 2027 })
        {
            var refused = after2025.CloseYear(plan, year, Money.FromYuan(1_000m), NoPatronage);
            Assert.Equal(YearMustFollowLastClosedRule.Id, Assert.Single(refused.Violations).Code);
        }

        Assert.Equal(2026, after2025.NextYear);
    }

    [Fact]
    public void OpeningBalances_AreNeverNegative() =>
        Assert.Equal(3, CooperativeBooks.Open(EconomyArbitraries.Register([(1, 0, 0, 0)], [0]), 2026, Money.FromYuan(-1m), Money.FromYuan(-1m), Money.FromYuan(-1m)).Violations.Length);

    [Property(MaxTest = 60)]
    public Property AcrossARunOfYears_EveryFenIsAccountedFor_AndBalancesMoveExactly() =>
        Prop.ForAll(
            EconomyArbitraries.Holdings.Select(h => h.Take(6).ToArray()).Where(h => h.Length > 0).ToArbitrary(),
            Gen.Choose(-300_000, 3_000_000).Select(y => Money.FromYuan(y)).ArrayOf().Select(a => a.Take(5).ToArray()).ToArbitrary(),
            (holdings, incomes) =>
            {
                var register = EconomyArbitraries.Register(holdings, [.. Enumerable.Range(0, holdings.Length)]);
                var books = CooperativeBooks.Open(register, 2020, Money.FromYuan(20_000m), Money.Zero, Money.Zero).Value;
                var plan = Plans.CaiUncapped();
                foreach (var (income, k) in incomes.Select((income, k) => (income, k)))
                {
                    var closed = books.CloseYear(plan, 2020 + k, income, NoPatronage);
                    if (closed.IsFailure)
                    {
                        return false;
                    }

                    var close = closed.Value.Value;
                    var distributed = close.Distribution?.Income ?? Money.Zero;
                    var linesSum = close.Distribution is { } d ? Money.Sum(d.Lines.Select(l => l.Amount)) : Money.Zero;
                    var reserve = books.ReserveBalance + (close.Distribution?.TotalOf(DistributionTranche.Reserve) ?? Money.Zero);
                    var loss = books.LossCarriedForward - close.LossMadeGood - (close.Distribution?.TotalOf(DistributionTranche.CarriedForward) ?? Money.Zero);
                    var issued = close.Distribution?.IssuedShares.Length ?? 0;
                    if (close.LossMadeGood + distributed != income || linesSum != distributed
                        || close.After.ReserveBalance != reserve || close.After.LossCarriedForward != loss
                        || reserve < Money.Zero || loss < Money.Zero
                        || close.After.Register.Holdings.Length != books.Register.Holdings.Length + issued)
                    {
                        return false;
                    }

                    books = close.After;
                }

                return true;
            });
}
