using NodaTime;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Cooperatives.Rules;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>Issue 17: <c>ShareRegister.Create</c> threw on the first bad row; a register is data from outside.</summary>
public class ShareRegisterReportsEveryBadRow
{
    private static readonly LocalDate Since = new(2021, 1, 1);
    private static readonly MemberId A = MemberId.From("H-001");

    [Fact]
    public void EveryBrokenRow_IsReportedWithItsPath_AndNothingIsBuilt()
    {
        var created = ShareRegister.Create(
            "测试合作社",
            [new CooperativeMember(A, MemberKind.Household, "户1"), null, new CooperativeMember(A, MemberKind.Household, "户1 again")],
            [
                new ShareHolding(A, ShareClass.Land, 4m, Since),
                new ShareHolding(MemberId.From("H-404"), ShareClass.Pooled, 10m, Since),
                new ShareHolding(A, ShareClass.Pooled, 0m, Since),
                new ShareHolding(A, ShareClass.Split, 1m, Since, new LocalDate(2020, 12, 31)),
                null,
            ]);
        Assert.Equal(
            ["members[1]", "members[2]", "holdings[1].member", "holdings[2].units", "holdings[3].to", "holdings[4]"],
            created.Violations.Select(v => v.Path));
        Assert.All(created.Violations, v => Assert.Equal(ShareRegisterMustBeConsistentRule.Id, v.Code));
    }

    [Fact]
    public void AValidRegister_KeepsEveryRowAsGiven()
    {
        var holdings = new[] { new ShareHolding(A, ShareClass.Land, 4.5m, Since), new ShareHolding(A, ShareClass.Pooled, 10m, Since, new LocalDate(2030, 1, 1)) };
        var register = ShareRegister.Create("测试合作社", [new CooperativeMember(A, MemberKind.Household, "户1")], holdings).Value;
        Assert.Equal(holdings, register.Holdings);
    }
}
