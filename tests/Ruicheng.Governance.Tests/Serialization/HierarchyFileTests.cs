using Ruicheng.Governance.Hierarchy.Rules;
using Ruicheng.Governance.Serialization;
using Ruicheng.Primitives.Serialization;

namespace Ruicheng.Governance.Tests.Serialization;

public class HierarchyFileTests
{
    private const string Malformed = """
        {
          "units": [
            { "id": "ruicheng", "code": "140830", "name": "芮城县", "kind": "county" },
            { "id": "dawang", "code": "140830106", "name": "大王镇", "kind": "town", "parent": "ruicheng" },
            { "id": "jinpen", "code": "140830106201", "name": "金盆村", "kind": "village", "parent": "dawang" },
            { "id": "copy", "code": "140830106201", "name": "重复村", "kind": "village", "parent": "dawang" },
            { "id": "stray-grid", "code": "140830106999001", "name": "游离网格", "kind": "grid", "parent": "dawang" },
            { "id": "loop-a", "code": "140830106202", "name": "甲村", "kind": "village", "parent": "loop-b" },
            { "id": "loop-b", "code": "140830106203", "name": "乙村", "kind": "village", "parent": "loop-a" },
            { "id": "orphan", "code": "140830106204", "name": "孤村", "kind": "village", "parent": "nowhere" }
          ]
        }
        """;

    [Fact]
    public void Load_MalformedHierarchy_ReportsAllFourProblemsWithPaths()
    {
        var result = HierarchyFile.Load(Malformed);
        Assert.True(result.IsFailure);
        var found = result.Violations.Select(v => (v.Code, v.Path)).ToList();
        Assert.Contains((UnitCodeMustBeUniqueRule.Id, "$.units[3].code"), found);
        Assert.Contains((ChildLevelMustFollowParentRule.Id, "$.units[4].parent"), found);
        Assert.Contains((HierarchyMustBeAcyclicRule.Id, "$.units[5].parent"), found);
        Assert.Contains((ParentMustExistRule.Id, "$.units[7].parent"), found);
    }

    [Fact]
    public void Load_ShapeAndStructureErrors_AreReportedTogetherAtDocumentPositions()
    {
        const string json = """
            { "units": [
                { "id": "ruicheng", "code": "140830", "name": "芮城县", "kind": "county" },
                { "id": "bad", "code": "12x", "name": "", "kind": "city", "parent": "ruicheng" },
                { "id": "t", "code": "140830101", "name": "镇", "kind": "town", "parent": "ghost" }
            ] }
            """;
        var found = HierarchyFile.Load(json).Violations.Select(v => (v.Code.Value, v.Path)).ToList();
        Assert.Contains(("schema.pattern", "$.units[1].code"), found);
        Assert.Contains(("schema.minLength", "$.units[1].name"), found);
        Assert.Contains(("schema.enum", "$.units[1].kind"), found);
        Assert.Contains(("hierarchy.parent.unknown", "$.units[2].parent"), found);
    }

    [Fact]
    public void Load_NotJson_IsMalformedWithLine()
    {
        var result = HierarchyFile.Load("{ \"units\": [ { ");
        Assert.Equal(RuichengJson.MalformedCode, Assert.Single(result.Violations).Code);
    }

    [Fact]
    public void Schema_IsShippedAndNamesTheKinds()
    {
        Assert.Contains("\"community\"", HierarchyFile.Schema, StringComparison.Ordinal);
        Assert.Contains("\"households\"", HierarchyFile.Schema, StringComparison.Ordinal);
    }
}
