using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Governance.Tests.Rulebooks;

public class GovernanceRulebookFileTests
{
    [Fact]
    public void Ruicheng_UsesFourTiersSevenWorkingDaysBeforeCourt()
    {
        var rulebook = GovernanceRulebookFile.LoadRuicheng();
        var ladder = rulebook.FindCaseType("neighbour")!.Ladder;
        Assert.Equal(["grid", "village", "township", "county", "court"], ladder.Tiers.Select(t => t.Id));
        Assert.Equal([1, 2, 2, 2], ladder.Tiers.Take(4).Select(t => t.Limit!.Value.Days));
        Assert.All(ladder.Tiers.Take(4), t => Assert.Equal(TimeLimitUnit.WorkingDays, t.Limit!.Value.Unit));
        Assert.Equal(7, ladder.Tiers.Take(4).Sum(t => t.Limit!.Value.Days));
        Assert.Equal(DisputeStage.Litigation, ladder.Tiers[^1].Stage);
        Assert.Equal(7, rulebook.Posts.Length);
        Assert.Contains(rulebook.Posts, p => p.ChineseName == "民情收集员");
    }

    [Fact]
    public void Ruicheng_PetitionLadder_HasStatutoryLimits()
    {
        var petition = GovernanceRulebookFile.LoadRuicheng().FindCaseType("petition")!;
        Assert.True(petition.IsPetition);
        Assert.Equal(15, petition.Ladder.AcceptWithin.Days);
        Assert.Equal([60, 30, 30], petition.Ladder.Tiers.Select(t => t.Limit!.Value.Days));
        // Issue 13: only handling may be extended (once, by 30 days); review and re-review have no extension.
        Assert.Equal([1, 0, 0], petition.Ladder.Tiers.Select(t => t.ExtensionsAllowed));
        Assert.Equal(30, petition.Ladder.Tiers[0].Extension.Days);
        Assert.Equal([30, 30, (int?)null], petition.Ladder.Tiers.Select(t => t.RequestNextWithin?.Days));
    }

    [Fact]
    public void Load_BadRulebook_ReportsEveryErrorWithJsonPaths()
    {
        var json = GovernanceRulebookFile.RuichengJsonText
            .Replace("\"limit\": { \"days\": 2, \"unit\": \"working-days\" }, \"extensions\": 1, \"extension\": { \"days\": 2, \"unit\": \"working-days\" } },\n        { \"id\": \"township\"",
                     "\"limit\": { \"days\": -2, \"unit\": \"working-days\" }, \"extensions\": 1, \"extension\": { \"days\": 2, \"unit\": \"working-days\" }, \"skippableFor\": [\"water-rights\"] },\n        { \"id\": \"township\"", StringComparison.Ordinal)
            .Replace("\"handler\": \"court\", \"stage\": \"litigation\"", "\"handler\": \"court\", \"stage\": \"negotiation\"", StringComparison.Ordinal)
            .Replace("\"handler\": \"county-governance-centre\", \"stage\": \"administrative\"", "\"handler\": \"county-governance-centre\", \"stage\": \"litigation\"", StringComparison.Ordinal);
        var result = GovernanceRulebookFile.Load(json);
        var found = result.Violations.Select(v => (v.Code.Value, v.Path)).ToList();
        Assert.Contains(("schema.minimum", "$.ladders[0].tiers[1].limit.days"), found);
        Assert.Contains(("governance.case-type.unknown", "$.ladders[0].tiers[1].skippableFor[0]"), found);
        Assert.Contains(("governance.ladder.stage-order", "$.ladders[0].tiers[4].stage"), found);
    }

    [Fact]
    public void Schema_IsShipped() => Assert.Contains("\"ladders\"", GovernanceRulebookFile.Schema, StringComparison.Ordinal);
}
