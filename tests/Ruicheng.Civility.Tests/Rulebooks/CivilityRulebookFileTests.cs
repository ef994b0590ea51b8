using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Tests.Rulebooks;

public class CivilityRulebookFileTests
{
    [Fact]
    public void Ruicheng_UsesRongchengTiersOverBase1000()
    {
        var credit = CivilityRulebookFile.LoadRuicheng().Credit;
        Assert.Equal(1000, credit.BaseScore);
        Assert.Equal(CreditTier.AAA, credit.TierOf(1050));
        Assert.Equal(CreditTier.AA, credit.TierOf(1049));
        Assert.Equal(CreditTier.AA, credit.TierOf(1030));
        Assert.Equal(CreditTier.A, credit.TierOf(960));
        Assert.Equal(CreditTier.B, credit.TierOf(959));
        Assert.Equal(CreditTier.C, credit.TierOf(600));
        Assert.Equal(CreditTier.D, credit.TierOf(599));
    }

    [Fact]
    public void Load_BadRulebook_ReportsEveryErrorWithJsonPaths()
    {
        var json = CivilityRulebookFile.RuichengJsonText
            .Replace("{ \"tier\": \"AA\", \"min\": 1030, \"max\": 1049 }", "{ \"tier\": \"AA\", \"min\": 1020, \"max\": 1049 }", StringComparison.Ordinal)
            .Replace("\"id\": \"filial-care\", \"category\": \"filial-piety\"", "\"id\": \"filial-care\", \"category\": \"kindness\"", StringComparison.Ordinal)
            .Replace("\"caps\": [ { \"period\": \"day\", \"max\": 5 } ]", "\"caps\": [ { \"period\": \"day\", \"max\": -5 } ]", StringComparison.Ordinal);
        var found = CivilityRulebookFile.Load(json).Violations.Select(v => (v.Code.Value, v.Path)).ToList();
        Assert.Contains(("civility.credit.tiers.overlap", "$.credit.tiers"), found);
        Assert.Contains(("civility.rule.category.unknown", "$.rules[5].category"), found);
        Assert.Contains(("schema.minimum", "$.rules[0].caps[0].max"), found);
        Assert.Equal(3, found.Count);
    }

    [Fact]
    public void Schema_IsShipped() => Assert.Contains("\"covenant\"", CivilityRulebookFile.Schema, StringComparison.Ordinal);
}
