using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.TestUtilities;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 18 (known-answer cases): civility rulebooks that were accepted although invalid, or crashed on load or on
/// first use — duplicate ids, inverted tier ranks, a reset date <c>+1-31</c>, money with three decimals (rounded),
/// values beyond what the scorer holds, dates beyond the calendar. Each is refused at load with its code and path.
/// </summary>
public class CivilityRulebookLimitsAreRefusedAtLoad
{
    private static readonly string Valid = CivilityRulebookFile.RuichengJsonText;

    public static TheoryData<string, string, string> Cases => new()
    {
        { JsonEdit.Repeat(Valid, d => d["categories"]!), "civility.category.duplicate", "$.categories" },
        { JsonEdit.Repeat(Valid, d => d["credit"]!["vetoes"]!), "civility.credit.veto.duplicate", "$.credit.vetoes" },
        { JsonEdit.Repeat(Valid, d => d["covenant"]!), "civility.covenant.kind.duplicate", "$.covenant" },
        { JsonEdit.Repeat(Valid, d => d["credit"]!["benefits"]!), "civility.credit.benefit.duplicate", "$.credit.benefits" },
        { JsonEdit.Set(Valid, d => d["credit"]!["tiers"]![0]!, "tier", "\"D\""), "civility.credit.tier.duplicate", "$.credit.tiers[0]" },
        { JsonEdit.Apply(Valid, d => (d["credit"]!["tiers"]![0]!["tier"], d["credit"]!["tiers"]![1]!["tier"]) = ("AA", "AAA")), "civility.credit.tiers.rank-order", "$.credit.tiers" },
        { JsonEdit.Set(Valid, d => d["expiry"]!, "spendableResetsOn", "\"+1-31\""), "schema.pattern", "$.expiry.spendableResetsOn" },
        { JsonEdit.Set(Valid, d => d["covenant"]![0]!, "maxBridePrice", "\"20000.005\""), "schema.pattern", "$.covenant[0].maxBridePrice" },
        { JsonEdit.Set(Valid, d => d["credit"]!["benefits"]![0]!, "creditLine", "\"100000000000000000000\""), "schema.pattern", "$.credit.benefits[0].creditLine" },
        { JsonEdit.Set(Valid, d => d["rules"]![0]!, "points", "1000000"), "schema.maximum", "$.rules[0].points" },
        { JsonEdit.Set(Valid, d => d["credit"]!, "baseScore", "9223372036854775807"), "schema.maximum", "$.credit.baseScore" },
        { JsonEdit.Set(Valid, d => d["credit"]!["tiers"]![0]!, "min", "9223372036854775807"), "schema.maximum", "$.credit.tiers[0].min" },
        { JsonEdit.Set(Valid, d => d["categories"]![0]!["caps"]![0]!, "max", "9223372036854775807"), "schema.maximum", "$.categories[0].caps[0].max" },
        { JsonEdit.Set(Valid, d => d["rules"]![0]!, "effectiveFrom", "\"9999-12-31\""), "schema.pattern", "$.rules[0].effectiveFrom" },
        { JsonEdit.Set(Valid, d => d["header"]!, "effectiveFrom", "\"1066-10-14\""), "schema.pattern", "$.header.effectiveFrom" },
        { JsonEdit.Set(Valid, d => d["publication"]!, "noticeDays", "2147483647"), "schema.maximum", "$.publication.noticeDays" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsRefusedWithCodeAndPath(string json, string code, string path)
    {
        var result = CivilityRulebookFile.Load(json);
        Assert.True(result.IsFailure);
        Assert.True(
            result.Violations.Any(v => v.Code.Value == code && v.Path == path),
            $"expected {code} at {path}; got " + string.Join("; ", result.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }

    [Fact]
    public void MoreThan4096RuleVersions_AreRefused_ByTheSchema()
    {
        var rules = Enumerable.Range(0, CivilityLimits.MaxRuleVersions + 1).Select(i => CivilityRulebookText.Rule($"r{i}", "c", 1));
        var result = CivilityRulebookFile.Load(CivilityRulebookText.Json([CivilityRulebookText.Category("c")], rules));
        var violation = Assert.Single(result.Violations, v => v.Code.Value == "schema.maxItems");
        Assert.Equal("$.rules", violation.Path);
    }

    [Fact]
    public void ExactlyTheLimits_AreAccepted_AndScore()
    {
        var rules = Enumerable.Range(0, CivilityLimits.MaxRuleVersions - 1).Select(i => CivilityRulebookText.Rule($"r{i}", "c", 1))
            .Append(CivilityRulebookText.Rule("big", "c", CivilityLimits.MaxPointsPerEntry));
        var rulebook = CivilityRulebookText.Load([CivilityRulebookText.Category("c")], rules);
        var ledger = new PointsLedger(rulebook, CivilityArbitraries.Key);
        var report = ledger.Ingest([EntryDraft.Award(ResidentId.From("R-1"), "a", RuleId.From("big"), new NodaTime.LocalDate(2026, 1, 1), 1, NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0), review: "council minute")]);
        Assert.Single(report.Appended);
        var scorer = new CivilityScorer(rulebook);
        Assert.Equal(CivilityLimits.MaxPointsPerEntry, scorer.Score(ledger, ResidentId.From("R-1"), new NodaTime.LocalDate(2026, 1, 2)).Value.HonourPoints);
    }
}
