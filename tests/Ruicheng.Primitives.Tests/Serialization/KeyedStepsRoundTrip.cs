using System.Globalization;
using System.Text.Json;

namespace Ruicheng.Primitives.Tests.Serialization;

/// <summary>Issue 14: a step written from a message keeps its key and values through JSON, so a reloaded explanation still reads in both languages.</summary>
public sealed class KeyedStepsRoundTrip
{
    [Fact]
    public void AKeyedStep_RoundTrips_AndStillRendersInChinese()
    {
        var catalog = MessageCatalog.Shared;
        var step = catalog.Step(RuleId.From("json.malformed"), "violation.attempted", [Figure.Of("value", "2026-10-13")], Figure.Of("n", 3));
        var explanation = Explanation.Create(null, [step, ExplanationStep.Of(RuleId.From("b"), "plain")]);
        var json = JsonSerializer.Serialize(explanation);
        Assert.Contains("\"key\":\"violation.attempted\"", json, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<Explanation>(json)!;
        Assert.Equal(explanation, read);
        Assert.Equal("被拒绝的值：2026年10月13日", catalog.Describe(read.Steps[0], CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("rejected value: 2026-10-13", read.Steps[0].Summary);
        Assert.Equal("plain", catalog.Describe(read.Steps[1], CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void AMessageReadingAValueTheStepLacks_IsRefused() =>
        Assert.Throws<FormatException>(() => MessageCatalog.Shared.Step(RuleId.From("a"), "violation.attempted", []));
}
