using Ruicheng.Economy.Enclaves;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.TestUtilities;

namespace Ruicheng.Economy.Tests.Issues;

/// <summary>Issue 15: the enclave park's host fee and return method were constants in the demo's code; they are rulebook data now.</summary>
public class EnclavesAreRulebookData
{
    private static readonly string Valid = EconomyRulebookFile.RuichengJsonText;

    [Fact]
    public void TheToonaPark_IsInTheRulebook_AndItsExplanationNamesTheRulebook()
    {
        var rulebook = EconomyRulebookFile.LoadRuicheng();
        var park = rulebook.FindEnclave("dawang-toona")!;
        Assert.Equal((UnitId.From("dawang.jinpen"), 11, Money.FromYuan(120_000m)), (park.Host, park.Members.Length, park.HostFee));
        var split = park.Split(Money.FromYuan(1_050_000m));
        Assert.Equal(Money.FromYuan(1_050_000m), Money.Sum(split.Value.Select(l => l.Amount)));
        Assert.Equal(rulebook.Header.Reference, split.Explanation.Rulebook);
    }

    [Fact]
    public void AMemberOutsideTheHostsTown_OrNotAVillage_IsRefusedByTheSiteCheck()
    {
        var park = EconomyRulebookFile.LoadRuicheng().FindEnclave("dawang-toona")!;
        var town = UnitId.From("dawang");
        var result = park.CheckSites(id => id.Value switch
        {
            "dawang.sample-03" => (UnitId.From("guwei"), true),
            "dawang.sample-05" => (town, false),
            "dawang.sample-07" => null,
            _ => (town, true),
        });
        Assert.Equal(["members[2]", "members[4]", "members[6]"], result.Violations.Select(v => v.Path));
        Assert.All(result.Violations, v => Assert.Equal(EnclaveProject.SiteRule, v.Code));
    }

    public static TheoryData<string, string, string> BrokenProjects => new()
    {
        { JsonEdit.Set(Valid, d => d["enclaves"]![0]!["members"]![0]!, "village", "\"dawang.jinpen\""), "economy.enclave.members.distinct", "$.enclaves[0].members" },
        { JsonEdit.Repeat(Valid, d => d["enclaves"]![0]!["members"]!), "economy.enclave.members.distinct", "$.enclaves[0].members" },
        { JsonEdit.Set(Valid, d => d["enclaves"]![0]!, "returnMethod", "\"fixed-return\""), "economy.enclave.fixed-return.missing", "$.enclaves[0].fixedReturnPercent" },
        { JsonEdit.Set(Valid, d => d["enclaves"]![0]!["members"]![0]!, "contribution", "\"0\""), "economy.enclave.member.invalid", "$.enclaves[0].members[0]" },
        { JsonEdit.Set(Valid, d => d["enclaves"]![0]!, "area", "0"), "schema.exclusiveMinimum", "$.enclaves[0].area" },
        { JsonEdit.Set(Valid, d => d["enclaves"]![0]!, "returnMethod", "\"lottery\""), "schema.enum", "$.enclaves[0].returnMethod" },
    };

    [Theory]
    [MemberData(nameof(BrokenProjects))]
    public void ABrokenProject_IsRefusedAtLoad_WithItsPath(string json, string code, string path)
    {
        var result = EconomyRulebookFile.Load(json);
        Assert.True(
            result.Violations.Any(v => v.Code.Value == code && v.Path == path),
            $"expected {code} at {path}; got " + string.Join("; ", result.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }
}
