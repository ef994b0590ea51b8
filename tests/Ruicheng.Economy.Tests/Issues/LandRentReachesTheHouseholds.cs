using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Ruicheng.Economy.Land;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>
/// Issue 15: rent from a transfer contract stopped at the village; it never reached the households whose land was
/// pooled, and two contracts for the same land could overlap.
/// </summary>
public class LandRentReachesTheHouseholds
{
    private static readonly UnitId Village = UnitId.From("nancheng.dongzhanglian");

    private static LandTransferContract Contract(decimal mu = 10m, string id = "DZL-1", string? land = null, int fromYear = 2024) => LandTransferContract.Create(
        id, Village, "合作社", Mu.Of(mu), Money.FromYuan(600m), new RentEscalation(Rate.FromPercent(5), 3),
        new LocalDate(fromYear, 3, 1), new LocalDate(fromYear + 6, 2, 28).PlusDays(0), land);

    [Fact]
    public void APayment_IsSplitByMu_ExactToTheFen()
    {
        var contract = Contract(10m);
        var payment = contract.Payments(RentPaymentPeriod.ContractYear)[0];
        Assert.Equal(Money.FromYuan(6_000m), payment.Rent);
        var split = contract.ToHouseholds(payment, [
            KeyValuePair.Create(HouseholdId.From("H-1"), Mu.Of(3.3m)),
            KeyValuePair.Create(HouseholdId.From("H-2"), Mu.Of(3.3m)),
            KeyValuePair.Create(HouseholdId.From("H-3"), Mu.Of(3.4m)),
        ]).Value.Value;
        Assert.Equal([Money.FromYuan(1_980m), Money.FromYuan(1_980m), Money.FromYuan(2_040m)], split.Select(s => s.Rent));
    }

    [Fact]
    public void Payments_PerContractYear_InArrearsOrInAdvance()
    {
        var contract = Contract();
        var arrears = contract.Payments(RentPaymentPeriod.ContractYear);
        var advance = contract.Payments(RentPaymentPeriod.InAdvance);
        Assert.Equal(6, arrears.Length);
        Assert.Equal(new LocalDate(2025, 2, 28), arrears[0].DueOn);
        Assert.Equal(new LocalDate(2024, 3, 1), advance[0].DueOn);
        Assert.Equal(arrears.Select(p => p.Rent), advance.Select(p => p.Rent));
        // Contract years 1–3 at 6,000; 4–6 after a 5% rise at 6,300.
        Assert.Equal([6_000m, 6_000m, 6_000m, 6_300m, 6_300m, 6_300m], arrears.Select(p => p.Rent.Yuan));
        Assert.Equal(contract.Schedule().Select(l => l.Rent), contract.Payments(RentPaymentPeriod.CalendarYear).Select(p => p.Rent));
    }

    [Fact]
    public void PooledAreas_ThatDoNotMatchTheContract_AreRefused()
    {
        var contract = Contract(10m);
        var payment = contract.Payments(RentPaymentPeriod.CalendarYear)[0];
        var refused = contract.ToHouseholds(payment, [KeyValuePair.Create(HouseholdId.From("H-1"), Mu.Of(9m))]);
        Assert.Equal(LandTransferContract.PooledLandRule, Assert.Single(refused.Violations).Code);
        var twice = contract.ToHouseholds(payment, [KeyValuePair.Create(HouseholdId.From("H-1"), Mu.Of(5m)), KeyValuePair.Create(HouseholdId.From("H-1"), Mu.Of(5m))]);
        Assert.Equal("[1]", Assert.Single(twice.Violations).Path);
    }

    [Fact]
    public void TwoContracts_ForTheSameLand_ThatOverlap_AreRefused()
    {
        var first = Contract(id: "A", land: "north-field");
        var overlapping = Contract(id: "B", land: "north-field", fromYear: 2026);
        var elsewhere = Contract(id: "C", land: "south-field", fromYear: 2026);
        var refused = RentRoll.ByVillageAndYear([first, overlapping, elsewhere]);
        var violation = Assert.Single(refused.Violations);
        Assert.Equal((RentRoll.OverlapRule, "[1]"), (violation.Code, violation.Path));
        Assert.True(RentRoll.ByVillageAndYear([first, elsewhere]).IsSuccess);
    }

    [Property(MaxTest = 200)]
    public Property RentToHouseholds_SumsToThePayment_EachWithinAFenOfItsExactShare() =>
        Prop.ForAll(Gen.Choose(1, 5000).Select(tenths => tenths / 10m).ArrayOf().Where(a => a.Length is > 0 and < 40).ToArbitrary(), areas =>
        {
            var total = areas.Sum();
            var contract = Contract(total);
            var pooled = areas.Select((a, i) => KeyValuePair.Create(HouseholdId.From($"H-{i:D3}"), Mu.Of(a))).ToList();
            return contract.Payments(RentPaymentPeriod.CalendarYear).All(payment =>
            {
                var split = contract.ToHouseholds(payment, pooled).Value.Value;
                return Money.Sum(split.Select(s => s.Rent)) == payment.Rent
                    && split.All(s => Math.Abs(s.Rent.Yuan - (payment.Rent.Yuan * s.Area.Value / total)) < 0.01m);
            });
        });
}
