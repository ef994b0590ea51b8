using System.Text.Json.Nodes;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 18 (known-answer cases): a null element in any array crashed the loader with a NullReferenceException;
/// duplicate JSON keys were accepted (last wins); two caps of one period on one category were accepted.
/// </summary>
public class BrokenRulebookStructureIsReportedNeverCrashes
{
    private static string Mutate(Action<JsonNode> change)
    {
        var document = JsonNode.Parse(CivilityRulebookFile.RuichengJsonText)!;
        change(document);
        return document.ToJsonString();
    }

    [Theory]
    [InlineData("rules", "$.rules[18]")]
    [InlineData("categories", "$.categories[8]")]
    [InlineData("covenant", "$.covenant[4]")]
    public void NullElementInATopLevelArray_IsAViolationAtItsPath(string array, string path)
    {
        var result = CivilityRulebookFile.Load(Mutate(d => d[array]!.AsArray().Add(null)));
        Assert.True(result.IsFailure);
        Assert.Contains(result.Violations, v => v.Code.Value == "json.null-element" && v.Path == path);
    }

    [Fact]
    public void NullElementsInNestedArrays_AreAllReportedAtOnce()
    {
        var result = CivilityRulebookFile.Load(Mutate(d =>
        {
            d["rules"]![0]!["caps"]!.AsArray().Add(null);
            d["credit"]!["tiers"]!.AsArray().Add(null);
            d["credit"]!["vetoes"]!.AsArray().Add(null);
        }));
        Assert.Equal(["$.rules[0].caps[1]", "$.credit.tiers[6]", "$.credit.vetoes[2]"], result.Violations.Select(v => v.Path));
    }

    [Fact]
    public void DuplicateKey_IsRefused_NotLastWins()
    {
        var json = CivilityRulebookFile.RuichengJsonText.Replace("\"points\": 10,", "\"points\": 10, \"points\": -50,", StringComparison.Ordinal);
        var result = CivilityRulebookFile.Load(json);
        Assert.True(result.IsFailure);
        Assert.Equal(("json.duplicate-key", "$.rules[2].points"), (result.FirstViolation.Code.Value, result.FirstViolation.Path));
    }

    [Fact]
    public void TwoCapsOfOnePeriodOnACategory_AreRefused()
    {
        var result = CivilityRulebookFile.Load(Mutate(d => d["categories"]![0]!["caps"]!.AsArray().Add(JsonNode.Parse("""{ "period": "month", "max": 10 }"""))));
        Assert.Contains(result.Violations, v => v.Code.Value == "civility.cap.period.duplicate" && v.Path == "$.categories[0].caps");
    }
}
