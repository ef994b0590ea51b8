using System.Text.Json;
using NodaTime;
using Ruicheng.Primitives.Serialization;

namespace Ruicheng.Primitives.Tests.Serialization;

public class RuichengJsonTests
{
    private sealed record Sample(Money Amount, Ratio Split, UnitId Unit, LocalDate Date);

    [Fact]
    public void RoundTrip_UsesDocumentedForms()
    {
        var sample = new Sample(Money.FromYuan(1234.5m), Ratio.Of(8, 1, 1), UnitId.From("140830"), new LocalDate(2026, 6, 30));
        var json = JsonSerializer.Serialize(sample, RuichengJson.Options);
        Assert.Contains("\"amount\": \"1234.50\"", json, StringComparison.Ordinal);
        Assert.Contains("\"split\": \"8:1:1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2026-06-30\"", json, StringComparison.Ordinal);
        Assert.Equal(sample, JsonSerializer.Deserialize<Sample>(json, RuichengJson.Options));
    }

    [Fact]
    public void Read_ThirdDecimal_IsMalformedWithPath()
    {
        var result = RuichengJson.Read<Sample>("""{ "amount": 1.005, "split": "8:1:1", "unit": "u", "date": "2026-01-01" }""");
        Assert.True(result.IsFailure);
        Assert.Equal(RuichengJson.MalformedCode, result.FirstViolation.Code);
        Assert.Equal("$.amount", result.FirstViolation.Path);
    }

    [Theory]
    [InlineData("\"1.005\"")]
    [InlineData("1234.56")]
    [InlineData("\"1e3\"")]
    [InlineData("\"123456789012345678\"")]
    [InlineData("\"92233720368547758.08\"")]
    [InlineData("\" 1\"")]
    public void Read_MoneyNotADecimalStringOfAtMostTwoDecimals_IsMalformedWithPath(string amount)
    {
        var result = RuichengJson.Read<Sample>($$"""{ "amount": {{amount}}, "split": "8:1:1", "unit": "u", "date": "2026-01-01" }""");
        Assert.Equal(("json.malformed", "$.amount"), (result.FirstViolation!.Code.Value, result.FirstViolation.Path));
    }

    [Fact]
    public void TheExtremes_RoundTrip()
    {
        foreach (var amount in new[] { Money.MaxValue, Money.MinValue, Money.Zero, Money.FromYuan(-0.5m) })
        {
            var json = JsonSerializer.Serialize(new Sample(amount, Ratio.Of(1), UnitId.From("u"), new LocalDate(2026, 1, 1)), RuichengJson.Options);
            Assert.Equal(amount, JsonSerializer.Deserialize<Sample>(json, RuichengJson.Options)!.Amount);
        }
    }

    [Fact]
    public void Read_IsStrict_CaseSensitiveNames_NoComments_NoTrailingCommas_NoNumbersAsStrings()
    {
        Assert.True(RuichengJson.Read<Sample>("""{ "Amount": "1", "split": "8:1:1", "unit": "u", "date": "2026-01-01" }""").IsFailure);
        Assert.True(RuichengJson.Read<Sample>("""{ "amount": "1", "split": "8:1:1", "unit": "u", "date": "2026-01-01" /* c */ }""").IsFailure);
        Assert.True(RuichengJson.Read<Sample>("""{ "amount": "1", "split": "8:1:1", "unit": "u", "date": "2026-01-01", }""").IsFailure);
        Assert.True(RuichengJson.Read<NumberSample>("""{ "count": "5" }""").IsFailure);
        Assert.True(RuichengJson.Read<Sample>("""{ "amount": "1", "split": "8:1:1", "unit": "u", "date": "2026-01-01" }""").IsSuccess);
    }

    private sealed record NumberSample(int Count);

    [Fact]
    public void Read_UnknownMember_IsMalformed()
    {
        var result = RuichengJson.Read<Sample>("""{ "amount": 1, "split": "8:1:1", "unit": "u", "date": "2026-01-01", "extra": 1 }""");
        Assert.Equal(RuichengJson.MalformedCode, Assert.Single(result.Violations).Code);
    }

    [Fact]
    public void Options_AreReadOnly() => Assert.True(RuichengJson.Options.IsReadOnly);
}
