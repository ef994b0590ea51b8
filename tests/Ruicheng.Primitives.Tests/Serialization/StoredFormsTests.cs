using System.Text.Json;
using NodaTime;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Primitives.Tests.Serialization;

/// <summary>Issue 12: the pieces every stored aggregate uses — rulebook references, explanations, the registry of versions.</summary>
public class StoredFormsTests
{
    private sealed record Book(RulebookHeader Header) : IRulebook;

    private static Book Version(int major, int minor) =>
        new(RulebookHeader.Create(RulebookId.From("ruicheng.governance"), RulebookVersion.Of(major, minor), "t", UnitId.From("ruicheng"), new LocalDate(2026, 1, 1), null));

    [Theory]
    [InlineData("ruicheng.governance@1.0", true)]
    [InlineData("a@b@2.3", true)]
    [InlineData("ruicheng.governance", false)]
    [InlineData("@1.0", false)]
    [InlineData("x y@1.0", false)]
    public void References_ParseAsIdAtVersion(string text, bool valid)
    {
        Assert.Equal(valid, RulebookReference.TryParse(text, out var reference));
        if (valid)
        {
            Assert.Equal(text, reference.ToString());
            Assert.Equal($"\"{text}\"", JsonSerializer.Serialize(reference));
            Assert.Equal(reference, JsonSerializer.Deserialize<RulebookReference>($"\"{text}\""));
        }
        else
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RulebookReference>($"\"{text}\""));
        }
    }

    [Fact]
    public void AnExplanation_RoundTripsExactly()
    {
        var explanation = Explanation.Create(
            new RulebookReference(RulebookId.From("r"), RulebookVersion.Of(1, 2)),
            [ExplanationStep.Of(RuleId.From("a"), "did a", Figure.Of("n", 1.50m), Figure.Of("who", "张三")), ExplanationStep.Of(RuleId.From("b"), "did b")]);
        var json = JsonSerializer.Serialize(explanation);
        Assert.Equal(explanation, JsonSerializer.Deserialize<Explanation>(json));
        Assert.Contains("\"value\":\"1.50\"", json, StringComparison.Ordinal);
        var none = Explanation.Create(null, []);
        Assert.Equal(none, JsonSerializer.Deserialize<Explanation>(JsonSerializer.Serialize(none)));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Explanation>("""{"rulebook":null,"steps":[{"rule":"a","summary":" ","figures":[]}]}"""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Explanation>("""{"rulebook":null,"steps":[],"extra":1}"""));
    }

    [Fact]
    public void TheRegistry_ResolvesEachVersion_AndRefusesDuplicatesAndUnknownVersions()
    {
        var registry = RulebookRegistry<Book>.Create([Version(1, 0), Version(1, 1)]).Value;
        Assert.Equal(RulebookVersion.Of(1, 0), registry.Get(Version(1, 0).Header.Reference).Header.Version);
        Assert.Null(registry.Find(Version(2, 0).Header.Reference));
        Assert.Throws<KeyNotFoundException>(() => registry.Get(Version(2, 0).Header.Reference));
        var unknown = registry.Resolve(Version(2, 0).Header.Reference, "$.rulebook");
        Assert.Equal((RulebookRegistry<Book>.UnknownVersionCode, "$.rulebook"), (unknown.FirstViolation!.Code, unknown.FirstViolation.Path));
        var twice = RulebookRegistry<Book>.Create([Version(1, 0), Version(1, 0)]);
        Assert.Equal("[1]", Assert.Single(twice.Violations).Path);
    }
}
