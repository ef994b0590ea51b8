using NodaTime;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Hierarchy.Rules;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 17: the hierarchy's rules are objects that check their own condition; <see cref="HierarchyRules.All"/> is the
/// list a check applies, and the violations come rule by rule in that order, each rule's in document order.
/// </summary>
public sealed class HierarchyRulesOwnTheirLogic
{
    private static readonly UnitId County = UnitId.From("county");

    [Fact]
    public void EveryListedRule_HasACodeAndSummary_AndTheListIsComplete()
    {
        Assert.Equal(12, HierarchyRules.All.Length);
        Assert.Equal(HierarchyRules.All.Length, HierarchyRules.All.Select(r => r.Code).Distinct().Count());
        Assert.All(HierarchyRules.All, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Summary)));
        Assert.Equal("hierarchy.id.duplicate: a unit id used once", UnitIdMustBeUniqueRule.Instance.ToString());
    }

    [Fact]
    public void AHierarchyBreakingEveryRule_ReportsEachRule_InTheListedOrder_EachInDocumentOrder()
    {
        var units = new List<UnitDefinition>
        {
            new(County, DivisionCode.Parse("140830"), "芮城县", UnitKind.County, null),
            new(UnitId.From("t1"), DivisionCode.Parse("140830100"), "镇一", UnitKind.Township, County),
            new(UnitId.From("t1"), DivisionCode.Parse("140830101"), "镇一重", UnitKind.Township, County),      // id used twice
            new(UnitId.From("t2"), DivisionCode.Parse("140830100"), "镇二", UnitKind.Township, County),        // code used twice
            new(UnitId.From("v1"), DivisionCode.Parse("140830102"), "村一", UnitKind.Village, UnitId.From("t1")), // code of the wrong level
            new(UnitId.From("v2"), DivisionCode.Parse("140830999200"), "村二", UnitKind.Village, UnitId.From("t1")), // outside its parent's prefix
            new(UnitId.From("v3"), DivisionCode.Parse("140830100201"), "村三", UnitKind.Village, UnitId.From("nowhere")),
            new(UnitId.From("g1"), DivisionCode.Parse("140830100202001"), "格一", UnitKind.Grid, County),        // two levels below
            new(UnitId.From("x1"), DivisionCode.Parse("140830103"), "环一", UnitKind.Township, UnitId.From("x2")),
            new(UnitId.From("x2"), DivisionCode.Parse("140830104"), "环二", UnitKind.Township, UnitId.From("x1")),
            new(UnitId.From("t3"), DivisionCode.Parse("140830105"), "镇三", UnitKind.Township, null),          // a second root
        };
        var households = new List<HouseholdDefinition>
        {
            new(HouseholdId.From("h1"), UnitId.From("g1")),
            new(HouseholdId.From("h1"), UnitId.From("g1")),
            new(HouseholdId.From("h2"), UnitId.From("t1")),
        };
        var day = new LocalDate(2026, 1, 1);
        var memberships = new List<MembershipDefinition>
        {
            new(ResidentId.From("r1"), HouseholdId.From("nobody"), day),
            new(ResidentId.From("r2"), HouseholdId.From("h1"), day, day.PlusDays(-1)),
            new(ResidentId.From("r3"), HouseholdId.From("h1"), day),
            new(ResidentId.From("r3"), HouseholdId.From("h2"), day.PlusDays(10)),
        };

        var violations = GovernanceHierarchy.Create(units, households, memberships).Violations;
        var codes = violations.Select(v => v.Code).ToList();

        // Every rule fires, and in the listed order.
        Assert.Equal(HierarchyRules.All.Select(r => r.Code), codes.Distinct());
        var rank = HierarchyRules.All.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i);
        Assert.Equal(codes.OrderBy(c => rank[c]), codes);

        // Within one rule, document order.
        var prefix = violations.Where(v => v.Code == CodeMustExtendParentCodeRule.Id).Select(v => v.Path).ToList();
        Assert.Equal(["$.units[4].code", "$.units[5].code"], prefix);
    }
}
