using System.Text.Json.Nodes;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 14 (found while rendering violations in Chinese): a rule about a whole list (overlapping tier bands) reported
/// the list's type name as the rejected value. A violation about a list or section carries no rejected value; its path
/// names what is wrong.
/// </summary>
public sealed class ViolationsNeverShowATypeNameAsTheRejectedValue
{
    [Fact]
    public void OverlappingTiers_NameThePath_WithoutATypeName()
    {
        var document = JsonNode.Parse(CivilityRulebookFile.RuichengJsonText)!.AsObject();
        document["credit"]!["tiers"]!.AsArray().Single(t => (string)t!["tier"]! == "AA")!["max"] = 1060;
        var loaded = CivilityRulebookFile.Load(document.ToJsonString());
        var overlap = Assert.Single(loaded.Violations, v => v.Code.Value == "civility.credit.tiers.overlap");
        Assert.Equal("$.credit.tiers", overlap.Path);
        Assert.Null(overlap.AttemptedValue);
        Assert.All(loaded.Violations, v => Assert.DoesNotContain("System.", v.AttemptedValue ?? string.Empty, StringComparison.Ordinal));
    }
}
