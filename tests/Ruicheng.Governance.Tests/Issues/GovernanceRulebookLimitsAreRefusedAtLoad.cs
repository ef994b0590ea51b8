using System.Text.Json.Nodes;
using NodaTime;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.TestUtilities;

namespace Ruicheng.Governance.Tests.Issues;

/// <summary>
/// Issue 18 (known-answer cases): governance rulebooks accepted although invalid — duplicate ladders, tiers in a
/// ladder, case types and issue categories; limits so large the calendar overflowed on the first deadline; a null
/// array element that crashed the loader. Each is refused at load with its code and path.
/// </summary>
public class GovernanceRulebookLimitsAreRefusedAtLoad
{
    private static readonly string Valid = GovernanceRulebookFile.RuichengJsonText;

    public static TheoryData<string, string, string> Cases => new()
    {
        { JsonEdit.Repeat(Valid, d => d["ladders"]!), "governance.ladder.duplicate", "$.ladders" },
        { JsonEdit.Repeat(Valid, d => d["ladders"]![0]!["tiers"]!), "governance.tier.duplicate", "$.ladders[0].tiers" },
        { JsonEdit.Repeat(Valid, d => d["caseTypes"]!), "governance.case-type.duplicate", "$.caseTypes" },
        { JsonEdit.Repeat(Valid, d => d["issueCategories"]!), "governance.issue-category.duplicate", "$.issueCategories" },
        { JsonEdit.Set(Valid, d => d["ladders"]![0]!["tiers"]![0]!["limit"]!, "days", "2147483647"), "schema.maximum", "$.ladders[0].tiers[0].limit.days" },
        { JsonEdit.Set(Valid, d => d["courtConfirmationWindow"]!, "days", "3651"), "schema.maximum", "$.courtConfirmationWindow.days" },
        { JsonEdit.Set(Valid, d => d["ladders"]![0]!["tiers"]![0]!, "extensions", "2147483647"), "schema.maximum", "$.ladders[0].tiers[0].extensions" },
        { JsonEdit.Apply(Valid, d => d["calendar"]!["holidays"]!.AsArray().Add("9999-12-31")), "schema.pattern", "$.calendar.holidays[33]" },
        { JsonEdit.Apply(Valid, d => d["ladders"]!.AsArray().Add(null)), "json.null-element", "$.ladders[3]" },
        // Found by the fuzzer: a number beyond decimal crashed the schema's uniqueItems comparison (FormatException).
        { JsonEdit.Apply(Valid, d => d["calendar"]!["restDays"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("1e400"))), "json.number-range", "$.calendar.restDays[2]" },
        { JsonEdit.Apply(Valid, d => d["ladders"]![0]!["tiers"]!.AsArray().Add(null)), "json.null-element", "$.ladders[0].tiers[5]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsRefusedWithCodeAndPath(string json, string code, string path)
    {
        var result = GovernanceRulebookFile.Load(json);
        Assert.True(result.IsFailure);
        Assert.True(
            result.Violations.Any(v => v.Code.Value == code && v.Path == path),
            $"expected {code} at {path}; got " + string.Join("; ", result.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }

    [Fact]
    public void TheLongestLimits_WithEveryExtension_FromTheLatestDate_StayInTheCalendar()
    {
        var json = JsonEdit.Apply(Valid, d =>
        {
            var tier = d["ladders"]![0]!["tiers"]![0]!;
            tier["limit"] = JsonNode.Parse($$"""{ "days": {{TimeLimit.MaxDays}}, "unit": "working-days" }""");
            tier["extension"] = JsonNode.Parse($$"""{ "days": {{TimeLimit.MaxDays}}, "unit": "working-days" }""");
            tier["extensions"] = 10;
        });
        var rulebook = GovernanceRulebookFile.Load(json).Value;
        var tierLimits = rulebook.Ladders[0].Tiers[0];
        // The rulebook's calendar covers 2026 only (issue 13); the week-by-week count beyond it is the same arithmetic.
        var calendar = WorkingDayCalendar.WeekendsOnly;
        var deadline = calendar.DeadlineAfter(CivilTime.StartOf(CivilTime.LatestDate), tierLimits.Limit!.Value);
        for (var i = 0; i < tierLimits.ExtensionsAllowed; i++)
        {
            deadline = calendar.DeadlineAfter(deadline, tierLimits.Extension);
        }

        Assert.True(CivilTime.DateOf(deadline) > CivilTime.LatestDate.PlusYears(100));
    }

    [Fact]
    public void TimeLimitOf_AboveTheMaximum_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeLimit.Of(TimeLimit.MaxDays + 1, TimeLimitUnit.CalendarDays));
}
