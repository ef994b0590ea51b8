using Ruicheng.Economy.Rulebooks;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>
/// Issue 18 (known-answer cases): economy rulebooks accepted although invalid, or crashing — two floors for one
/// class, duplicate split parties, a share price of 0.001 yuan (0 fen, then a division by zero), money beyond
/// <see cref="Money"/>'s range (1e20 yuan, an OverflowException), a ratio whose parts overflow, a percentage −0.
/// </summary>
public class EconomyRulebookLimitsAreRefusedAtLoad
{
    private static readonly string Valid = EconomyRulebookFile.RuichengJsonText;

    public static TheoryData<string, string, string> Cases => new()
    {
        { JsonEdit.Repeat(Valid, d => d["plans"]![0]!["floors"]!), "economy.floor.duplicate", "$.plans[0].floors" },
        { JsonEdit.Repeat(Valid, d => d["plans"]![0]!["split"]!["parties"]!), "economy.split.party.duplicate", "$.plans[0].split.parties" },
        { JsonEdit.Repeat(Valid, d => d["plans"]![0]!["dividendClasses"]!), "schema.uniqueItems", "$.plans[0].dividendClasses" },
        { JsonEdit.Set(Valid, d => d["plans"]![0]!, "reinvestmentSharePrice", "\"0.001\""), "schema.pattern", "$.plans[0].reinvestmentSharePrice" },
        { JsonEdit.Set(Valid, d => d["plans"]![0]!, "reinvestmentSharePrice", "\"0.00\""), "economy.plan.share-price", "$.plans[0].reinvestmentSharePrice" },
        { JsonEdit.Set(Valid, d => d["plans"]![0]!["floors"]![0]!, "yuanPerUnit", "1e20"), "schema.type", "$.plans[0].floors[0].yuanPerUnit" },
        { JsonEdit.Set(Valid, d => d["plans"]![0]!["floors"]![0]!, "yuanPerUnit", "\"800.005\""), "schema.pattern", "$.plans[0].floors[0].yuanPerUnit" },
        { JsonEdit.Set(Valid, d => d["collectiveIncome"]!, "weakBelow", "\"100000000000000000000\""), "schema.pattern", "$.collectiveIncome.weakBelow" },
        { JsonEdit.Set(Valid, d => d["plans"]![0]!["split"]!, "ratio", "\"9223372036854775807:1:1\""), "schema.pattern", "$.plans[0].split.ratio" },
        { JsonEdit.Set(Valid, d => d["plans"]![0]!["split"]!, "ratio", "\"" + string.Join(":", Enumerable.Repeat("999999999999999999", 10)) + "\""), "economy.split.ratio.format", "$.plans[0].split.ratio" },
        { JsonEdit.Apply(Valid, d => d["plans"]!.AsArray().Add(null)), "json.null-element", "$.plans[2]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsRefusedWithCodeAndPath(string json, string code, string path)
    {
        var result = EconomyRulebookFile.Load(json);
        Assert.True(result.IsFailure);
        Assert.True(
            result.Violations.Any(v => v.Code.Value == code && v.Path == path),
            $"expected {code} at {path}; got " + string.Join("; ", result.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }

    [Fact]
    public void APercentageWrittenMinusZero_IsZero()
    {
        var result = EconomyRulebookFile.Load(JsonEdit.Set(Valid, d => d["plans"]![1]!, "welfarePercent", "-0"));
        Assert.True(result.IsSuccess, string.Join("; ", result.Violations));
        Assert.Equal(Rate.Zero, result.Value.Plans[1].Welfare);
    }
}
