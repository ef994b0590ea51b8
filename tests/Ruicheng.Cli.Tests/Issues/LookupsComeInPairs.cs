using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 17: lookups sometimes threw and sometimes returned null. Every lookup is now a pair: <c>Find…</c> returns null
/// when absent, <c>…(key)</c> throws <see cref="KeyNotFoundException"/> naming the key; both agree when present.
/// </summary>
public class LookupsComeInPairs
{
    private static void Pair<T>(Func<T?> find, Func<T> get, Func<T?> findAbsent, Action getAbsent, string absentKey)
        where T : class
    {
        Assert.Same(find(), get());
        Assert.Null(findAbsent());
        Assert.Contains(absentKey, Assert.Throws<KeyNotFoundException>(getAbsent).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HierarchyUnitsAndHouseholds()
    {
        var hierarchy = RuichengHierarchy.Load();
        Pair(() => hierarchy.Find(UnitId.From("dawang")), () => hierarchy[UnitId.From("dawang")], () => hierarchy.Find(UnitId.From("atlantis")), () => _ = hierarchy[UnitId.From("atlantis")], "atlantis");
        var household = HouseholdId.From("H-140830106200-201");
        Pair(() => hierarchy.FindHousehold(household), () => hierarchy.Household(household), () => hierarchy.FindHousehold(HouseholdId.From("H-0")), () => hierarchy.Household(HouseholdId.From("H-0")), "H-0");
    }

    [Fact]
    public void RulebookEntries()
    {
        var governance = GovernanceRulebookFile.LoadRuicheng();
        Pair(() => governance.FindCaseType("neighbour"), () => governance.CaseType("neighbour"), () => governance.FindCaseType("duel"), () => governance.CaseType("duel"), "duel");

        var economy = EconomyRulebookFile.LoadRuicheng();
        Pair(() => economy.FindPlan("cai-village"), () => economy.Plan("cai-village"), () => economy.FindPlan("ponzi"), () => economy.Plan("ponzi"), "ponzi");
        Pair(() => economy.FindEnclave("dawang-toona"), () => economy.Enclave("dawang-toona"), () => economy.FindEnclave("moon-base"), () => economy.Enclave("moon-base"), "moon-base");

        var civility = CivilityRulebookFile.LoadRuicheng();
        Pair(() => civility.FindCategory(CategoryId.From("security")), () => civility.Category(CategoryId.From("security")), () => civility.FindCategory(CategoryId.From("luck")), () => civility.Category(CategoryId.From("luck")), "luck");
        var day = new LocalDate(2026, 6, 1);
        Pair(() => civility.FindRuleInForce(RuleId.From("security-patrol"), day), () => civility.RuleInForce(RuleId.From("security-patrol"), day),
            () => civility.FindRuleInForce(RuleId.From("security-patrol"), new LocalDate(2000, 1, 1)), () => civility.RuleInForce(RuleId.From("security-patrol"), new LocalDate(2000, 1, 1)), "security-patrol");
    }
}
