using NodaTime;
using Ruicheng.Civility.Covenant;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Tests.Covenant;

public class VillageCovenantTests
{
    private static readonly CivilityRulebook Rulebook = CivilityRulebookFile.LoadRuicheng();

    private static CeremonyDeclaration Wedding(int tables, decimal costPerTable, bool registered = true) => new(
        "wedding", ResidentId.From("R-1"), new LocalDate(2026, 10, 2), Urban: false, tables, Money.FromYuan(costPerTable), Money.FromYuan(20_000m),
        Money.FromYuan(100m), Money.FromYuan(200m), Cars: 6, registered);

    [Fact]
    public void Wedding_25TablesAt520_TriggersExactlyTablesAndCostViolations()
    {
        var check = VillageCovenant.Check(Rulebook, Wedding(25, 520m));
        Assert.Equal(["covenant.wedding.max-tables", "covenant.wedding.max-cost-per-table"], check.Violations.Select(v => v.Code.Value));
        var tables = check.Violations[0];
        Assert.Equal([Figure.Of("limit", 20), Figure.Of("actual", 25), Figure.Of("triggers", RuleId.From("covenant-breach"))], tables.Figures.ToArray());
        Assert.Equal("25 tables > 20 allowed.", tables.Message);
        Assert.Equal(RuleId.From("covenant-breach"), check.TriggeredRule);
    }

    [Fact]
    public void RegisteredSimpleWedding_EarnsTheAward()
    {
        var check = VillageCovenant.Check(Rulebook, Wedding(12, 280m));
        Assert.True(check.Complies);
        Assert.Equal(RuleId.From("simple-ceremony"), check.TriggeredRule);
    }

    [Fact]
    public void Unregistered_IsABreach() =>
        Assert.Equal("covenant.wedding.registration", Assert.Single(VillageCovenant.Check(Rulebook, Wedding(10, 200m, registered: false)).Violations).Code.Value);
}
