using NodaTime;
using Ruicheng.Economy.Land;

namespace Ruicheng.Economy.Tests.Land;

public class LandTransferContractTests
{
    private static readonly UnitId Dongzhanglian = UnitId.From("nancheng.dongzhanglian");

    private static LandTransferContract Dongzhanglian1600Mu(string id = "DZL-2024-01") => LandTransferContract.Create(
        id, Dongzhanglian, "东张联村种植合作社", Mu.Of(1600), Money.FromYuan(600m),
        new RentEscalation(Rate.FromPercent(5), 3), new LocalDate(2024, 3, 1), new LocalDate(2030, 2, 28));

    [Fact]
    public void Mu_IsTenThousandFifteenthsOfASquareMetre()
    {
        Assert.Equal(Mu.Of(1), Mu.FromSquareMetres(10_000m / 15m));
        Assert.Equal(Mu.Of(15), Mu.FromSquareMetres(10_000m));
        Assert.Throws<ArgumentException>(() => Mu.Of(1.00001m));
    }

    [Fact]
    public void Schedule_ProratesFirstYear_AndEscalatesEveryThreeContractYears()
    {
        var schedule = Dongzhanglian1600Mu().Schedule();
        Assert.Equal([2024, 2025, 2026, 2027, 2028, 2029, 2030], schedule.Select(l => l.Year));
        // 2024 is a leap year: 1 Mar–31 Dec is 306 of 366 days of 960,000 yuan.
        Assert.Equal(Money.FromYuan(960_000m * 306 / 366, FenRounding.HalfAwayFromZero), schedule[0].Rent);
        Assert.Equal(Money.FromYuan(960_000m), schedule[1].Rent);
        // 2027: Jan–Feb at year-3 rent, from 1 Mar at the first 5% rise.
        Assert.Equal(Money.FromYuan((960_000m * 59 / 365) + (1_008_000m * 306 / 365), FenRounding.HalfAwayFromZero), schedule[3].Rent);
        // 2030: only Jan–Feb, in contract year 6 (still the first rise).
        Assert.Equal(Money.FromYuan(1_008_000m * 59 / 365, FenRounding.HalfAwayFromZero), schedule[6].Rent);
    }

    [Fact]
    public void RentRoll_SumsPerVillageAndYear()
    {
        var roll = RentRoll.ByVillageAndYear([Dongzhanglian1600Mu("DZL-2024-01"), Dongzhanglian1600Mu("DZL-2024-02")]).Value;
        Assert.Equal(Money.FromYuan(1_920_000m), roll[(Dongzhanglian, 2025)]);
    }

    [Fact]
    public void Create_ReversedTerm_ThrowsNamingEnd() =>
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => LandTransferContract.Create(
            "x", Dongzhanglian, "y", Mu.Of(1), Money.FromYuan(1m), RentEscalation.None, new LocalDate(2026, 1, 1), new LocalDate(2025, 1, 1))).ParamName);
}
