using System.Globalization;
using System.Text.Json.Nodes;
using Ruicheng.Economy.Rulebooks;

namespace Ruicheng.Economy.Tests.Rulebooks;

/// <summary>Issue 14: Economy rulebook changes — a plan's split ratio — listed and announced.</summary>
public sealed class RulebookComparisonTests
{
    private static readonly EconomyRulebook Current = EconomyRulebookFile.LoadRuicheng();

    [Fact]
    public void ARulebookComparedWithItself_HasNoChange() =>
        Assert.True(EconomyRulebook.Compare(Current, EconomyRulebookFile.LoadRuicheng()).IsEmpty);

    [Fact]
    public void ANewSplitRatio_ReadsAsOldToNew()
    {
        var document = JsonNode.Parse(EconomyRulebookFile.RuichengJsonText)!.AsObject();
        var plan = document["plans"]!.AsArray().First(p => p!["split"]?["ratio"] is not null)!;
        plan["split"]!["ratio"] = "5:3:2";
        var comparison = EconomyRulebook.Compare(Current, EconomyRulebookFile.Load(document.ToJsonString()).Value);
        var change = Assert.Single(comparison.Changes);
        Assert.EndsWith(".split.ratio", change.Path, StringComparison.Ordinal);
        Assert.Contains("由4:3:3调整为5:3:2", comparison.Describe(change, CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
        Assert.Equal(EconomyRulebookFile.Load(document.ToJsonString()).Value.Header.ToString(), EconomyRulebookFile.Load(comparison.Apply(EconomyRulebookFile.RuichengJsonText)).Value.Header.ToString());
    }
}
