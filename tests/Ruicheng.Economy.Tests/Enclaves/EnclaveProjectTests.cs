using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.Economy.Enclaves;
using Ruicheng.Economy.Land;

namespace Ruicheng.Economy.Tests.Enclaves;

public class EnclaveProjectTests
{
    private static readonly UnitId Jinpen = UnitId.From("dawang.jinpen");

    private static EnclaveProject ToonaPark(EnclaveReturnMethod method, params long[] contributions) => EnclaveProject.Create(
        "dawang-toona", "大王镇香椿示范园", Jinpen, Mu.Of(200), Money.FromYuan(600m),
        contributions.Select((c, i) => new EnclaveMember(UnitId.From($"dawang.sample-{i + 1:00}"), Money.FromYuan(c))), method, Rate.FromPercent(10));

    [Fact]
    public void ToonaPark_HostFeeFirst_ThenElevenMembersByContribution()
    {
        var park = ToonaPark(EnclaveReturnMethod.ByContribution, Enumerable.Repeat(100_000L, 11).ToArray());
        var lines = park.Split(Money.FromYuan(450_000m)).Value;
        Assert.Equal(Money.FromYuan(120_000m), lines.Single(l => l.Role == EnclaveRole.Host).Amount);
        var members = lines.Where(l => l.Role == EnclaveRole.Member).ToList();
        Assert.Equal(11, members.Count);
        Assert.Equal(Money.FromYuan(330_000m), Money.Sum(members.Select(m => m.Amount)));
        Assert.Equal(Money.FromYuan(30_000m), members[0].Amount);
    }

    [Fact]
    public void FixedReturn_KeepsTheRestInTheProject()
    {
        var lines = ToonaPark(EnclaveReturnMethod.FixedReturn, 100_000, 200_000).Split(Money.FromYuan(200_000m)).Value;
        Assert.Equal([Money.FromYuan(120_000m), Money.FromYuan(10_000m), Money.FromYuan(20_000m), Money.FromYuan(50_000m)], lines.Select(l => l.Amount));
    }

    [Property(MaxTest = 200)]
    public Property EnclaveSharesSumToRevenue_Holds() =>
        Prop.ForAll(
            Gen.Choose(1, 11).SelectMany(n => Gen.Choose(1, 1_000_000).Select(c => (long)c).ArrayOf(n)).ToArbitrary(),
            Gen.Choose(-10_000_000, int.MaxValue).ToArbitrary(),
            Gen.Elements(EnclaveReturnMethod.ByContribution, EnclaveReturnMethod.FixedReturn).ToArbitrary(),
            (contributions, revenueFen, method) =>
            {
                var revenue = Money.FromFen(revenueFen);
                return Money.Sum(ToonaPark(method, contributions).Split(revenue).Value.Select(l => l.Amount)) == revenue;
            });
}
