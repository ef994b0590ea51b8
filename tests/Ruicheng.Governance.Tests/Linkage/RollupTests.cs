using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Linkage;
using Ruicheng.TestUtilities;

namespace Ruicheng.Governance.Tests.Linkage;

public class RollupTests
{
    [Property(MaxTest = 80)]
    public Property CountyTotalEqualsSumOverAllHouseholds_Holds() =>
        Prop.ForAll(GovernanceArbitraries.HierarchyWithMeasures, c =>
        {
            var rollup = Rollup.ByHousehold<long>(c.Hierarchy, c.HouseholdValues);
            var gridsSum = c.Hierarchy.Units.Where(u => u.Level == UnitLevel.Grid).Sum(u => rollup.TotalOf(u.Id));
            return rollup.TotalOf(c.Hierarchy.County.Id) == c.HouseholdValues.Sum() && gridsSum == c.HouseholdValues.Sum();
        });

    [Property(MaxTest = 80)]
    public Property EveryUnitTotalIsOwnPlusChildren_Holds() =>
        Prop.ForAll(GovernanceArbitraries.HierarchyWithMeasures, c =>
        {
            var values = c.Hierarchy.Units.Select((u, i) => KeyValuePair.Create(u.Id, Money.FromFen(c.UnitValues[i])));
            var rollup = Rollup.ByUnit(c.Hierarchy, values).Value;
            return c.Hierarchy.Units.All(u =>
                rollup.TotalOf(u.Id) == rollup.OwnOf(u.Id) + Money.Sum(c.Hierarchy.ChildrenOf(u.Id).Select(ch => rollup.TotalOf(ch.Id))))
                && rollup.TotalOf(c.Hierarchy.County.Id) == Money.Sum(c.UnitValues.Select(Money.FromFen));
        });

    [Fact]
    public void ByUnit_UnknownUnit_IsReportedNotDropped()
    {
        var hierarchy = RuichengHierarchy.Load();
        var result = Rollup.ByUnit(hierarchy, [KeyValuePair.Create(RuichengHierarchy.CountyId, 1L), KeyValuePair.Create(UnitId.From("atlantis"), 2L)]);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(Rollup.UnknownUnitCode, violation.Code);
        Assert.Equal("[1]", violation.Path);
    }

    [Fact]
    public void ByHousehold_WrongLength_Throws() =>
        Assert.Equal("householdValues", Assert.Throws<ArgumentException>(() => Rollup.ByHousehold<long>(RuichengHierarchy.Load(), new long[3])).ParamName);
}
