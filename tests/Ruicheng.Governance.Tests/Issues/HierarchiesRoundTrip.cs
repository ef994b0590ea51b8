using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Serialization;
using Ruicheng.TestUtilities;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>Issue 12: a hierarchy could be loaded but not written; what is written loads back to an equal hierarchy.</summary>
public class HierarchiesRoundTrip
{
    [Property(MaxTest = 100)]
    public Property AnyHierarchy_WrittenAndLoaded_IsEqualFieldByField() =>
        Prop.ForAll(GovernanceArbitraries.AnyHierarchy, hierarchy =>
        {
            var json = HierarchyFile.Write(hierarchy);
            var loaded = HierarchyFile.Load(json);
            return loaded.IsSuccess && DeepEquality.Equal(hierarchy, loaded.Value) && HierarchyFile.Write(loaded.Value) == json;
        });

    [Fact]
    public void TheRuichengHierarchy_RoundTrips()
    {
        var ruicheng = RuichengHierarchy.Load();
        var loaded = HierarchyFile.Load(HierarchyFile.Write(ruicheng)).Value;
        Assert.True(DeepEquality.Equal(ruicheng, loaded));
        Assert.Equal(ruicheng.Households.Length, loaded.Households.Length);
    }
}
