using NodaTime;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Hierarchy.Rules;

namespace Ruicheng.Governance.Tests.Hierarchy;

public partial class GovernanceHierarchyTests
{
    private static readonly GovernanceHierarchy Ruicheng = RuichengHierarchy.Load();

    [Fact]
    public void PathOf_Jinpen_IsCountyTownVillage()
    {
        var jinpen = Assert.Single(Ruicheng.FindByName("金盆村"));
        Assert.Equal("芮城县 / 大王镇 / 金盆村", Ruicheng.PathOf(jinpen.Id));
        Assert.Equal(["芮城县", "大王镇"], Ruicheng.AncestorsOf(jinpen.Id).Select(u => u.Name));
    }

    [Fact]
    public void Dawang_HasTwelveVillages_JinpenAndElevenSamples()
    {
        var dawang = Assert.Single(Ruicheng.FindByName("大王镇"));
        var villages = Ruicheng.DescendantsOf(dawang.Id, UnitLevel.Village);
        Assert.Equal(12, villages.Count);
        Assert.Contains(villages, v => v.Name == "金盆村" && v.Origin == UnitOrigin.Real);
        Assert.Equal(11, villages.Count(v => v.Origin == UnitOrigin.Sample));
    }

    [Fact]
    public void Guwei_Communities_AreYabaoAndShousheng()
    {
        var guwei = Assert.Single(Ruicheng.FindByName("古魏镇"));
        var communities = Ruicheng.ChildrenOf(guwei.Id).Where(u => u.Kind == UnitKind.Community).Select(u => u.Name);
        Assert.Equal(["亚宝社区", "寿圣社区"], communities);
        Assert.Contains(Ruicheng.ChildrenOf(guwei.Id), u => u.Name == "王天村" && u.Kind == UnitKind.Village);
    }

    [Fact]
    public void County_IsRuicheng140830_WithTenTownsAndTownships()
    {
        Assert.Equal("芮城县", Ruicheng.County.Name);
        Assert.Equal("140830", Ruicheng.County.Code.SignificantPrefix);
        Assert.Equal(10, Ruicheng.ChildrenOf(Ruicheng.County.Id).Count);
        Assert.True(TreeInvariants.Hold(Ruicheng));
    }

    [Fact]
    public void GridOf_Household_AndHouseholdOf_Resident()
    {
        var household = Ruicheng.Households[0];
        var grid = Ruicheng.GridOf(household.Id);
        Assert.Equal(UnitKind.Grid, grid.Kind);
        Assert.True(household.Synthetic);
        var member = Ruicheng.MembersOf(household.Id, new LocalDate(2026, 6, 30))[0];
        Assert.Equal(household.Id, Ruicheng.HouseholdOf(member, new LocalDate(2026, 6, 30)));
        Assert.Null(Ruicheng.HouseholdOf(member, new LocalDate(2019, 12, 31)));
    }

    [Fact]
    public void FindByCode_FindsTheUnit()
    {
        var jinpen = Assert.Single(Ruicheng.FindByName("金盆村"));
        Assert.Same(jinpen, Ruicheng.FindByCode(jinpen.Code));
        Assert.Null(Ruicheng.FindByCode(DivisionCode.Parse("999999")));
    }

    [Fact]
    public void MoveResident_ClosesOldMembershipTheDayBefore()
    {
        var from = Ruicheng.Households[0];
        var to = Ruicheng.Households[1];
        var resident = Ruicheng.MembersOf(from.Id, new LocalDate(2026, 1, 1))[0];
        var moved = Ruicheng.MoveResident(resident, to.Id, new LocalDate(2026, 3, 1)).Value;
        Assert.Equal(from.Id, moved.HouseholdOf(resident, new LocalDate(2026, 2, 28)));
        Assert.Equal(to.Id, moved.HouseholdOf(resident, new LocalDate(2026, 3, 1)));
        Assert.True(TreeInvariants.Hold(moved));
    }

    [Fact]
    public void MoveResident_BeforeCurrentMembershipBegan_IsRefusedWithOverlapRule()
    {
        var resident = Ruicheng.MembersOf(Ruicheng.Households[0].Id, new LocalDate(2026, 1, 1))[0];
        var result = Ruicheng.MoveResident(resident, Ruicheng.Households[1].Id, new LocalDate(2019, 1, 1));
        Assert.Equal(ResidentInOneHouseholdAtATimeRule.Id, result.FirstViolation?.Code);
    }

    [Fact]
    public void RemoveUnit_WithChildren_IsRefused()
    {
        var dawang = Assert.Single(Ruicheng.FindByName("大王镇"));
        Assert.Equal(UnitMustBeLeafToRemoveRule.Id, Ruicheng.RemoveUnit(dawang.Id).FirstViolation?.Code);
        Assert.Equal(UnitMustExistRule.Id, Ruicheng.RemoveUnit(UnitId.From("nowhere")).FirstViolation?.Code);
    }

    [Fact]
    public void AddUnit_GridUnderTownship_IsRefusedWithLevelRule()
    {
        var dawang = Assert.Single(Ruicheng.FindByName("大王镇"));
        var grid = new UnitDefinition(UnitId.From("bad-grid"), DivisionCode.Parse($"{dawang.Code.SignificantPrefix}999001"), "坏网格", UnitKind.Grid, dawang.Id);
        Assert.Contains(Ruicheng.AddUnit(grid).Violations, v => v.Code == ChildLevelMustFollowParentRule.Id);
    }
}
