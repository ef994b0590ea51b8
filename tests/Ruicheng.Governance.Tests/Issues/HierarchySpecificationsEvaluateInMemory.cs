using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Hierarchy.Specifications;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 12: <c>UnitsAtLevelSpec</c> and <c>UnitsUnderSpec</c> threw under Ardalis' own in-memory evaluation, which
/// orders by a boxed key: <see cref="DivisionCode"/> was comparable only generically.
/// </summary>
public class HierarchySpecificationsEvaluateInMemory
{
    private static readonly GovernanceHierarchy Ruicheng = RuichengHierarchy.Load();

    [Fact]
    public void UnitsAtLevel_AreOrderedByCode()
    {
        var villages = new UnitsAtLevelSpec(UnitLevel.Village).Evaluate(Ruicheng.Units).ToList();
        Assert.Equal(villages.Select(u => u.Code.Value).Order(StringComparer.Ordinal), villages.Select(u => u.Code.Value));
        Assert.All(villages, u => Assert.Equal(UnitLevel.Village, u.Level));
    }

    [Fact]
    public void UnitsUnder_AreTheDescendants_OrderedByCode()
    {
        var dawang = Ruicheng[UnitId.From("dawang")];
        var under = new UnitsUnderSpec(dawang).Evaluate(Ruicheng.Units).Select(u => u.Id).ToHashSet();
        Assert.Equal(Ruicheng.DescendantsOf(dawang.Id).Select(u => u.Id).ToHashSet(), under);
    }

    [Fact]
    public void ABoxedCode_ComparesOrdinally_AndRefusesOtherTypes()
    {
        IComparable code = DivisionCode.Parse("140830106");
        Assert.True(code.CompareTo(DivisionCode.Parse("140830106200")) < 0);
        Assert.True(code.CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => code.CompareTo("140830106"));
    }
}
