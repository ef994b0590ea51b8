using System.Globalization;
using System.Text.Json.Nodes;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Primitives.Rulebooks.Changes;

namespace Ruicheng.Civility.Tests.Issues;

/// <summary>
/// Issue 14: the village assembly votes on a rulebook change after a public notice (公示). The built-in rulebook with
/// the AAA threshold moved from 1050 to 1040 and the security category's monthly cap raised from 30 to 40 gives
/// exactly these changes and this notice, in Chinese and in English.
/// </summary>
public sealed class RulebookChangesReadAsAPublicNotice
{
    internal static string ProposedJson()
    {
        var document = JsonNode.Parse(CivilityRulebookFile.RuichengJsonText)!.AsObject();
        document["header"]!["version"] = "1.1";
        document["header"]!["effectiveFrom"] = "2027-01-01";
        var tiers = document["credit"]!["tiers"]!.AsArray();
        tiers.Single(t => (string)t!["tier"]! == "AAA")!["min"] = 1040;
        tiers.Single(t => (string)t!["tier"]! == "AA")!["max"] = 1039;
        var security = document["categories"]!.AsArray().Single(c => (string)c!["id"]! == "security")!;
        security["caps"]![0]!["max"] = 40;
        return document.ToJsonString();
    }

    internal static CivilityRulebook Proposed() => CivilityRulebookFile.Load(ProposedJson()).Value;

    [Fact]
    public void TheChangesAreListedWithTheirPaths()
    {
        var comparison = CivilityRulebook.Compare(CivilityRulebookFile.LoadRuicheng(), Proposed());
        Assert.Equal(
            [
                "Changed $.header.version: \"1.0\" → \"1.1\"",
                "Changed $.header.effectiveFrom: \"2024-01-01\" → \"2027-01-01\"",
                "Changed $.categories[id=security].caps[period=month].max: 30 → 40",
                "Changed $.credit.tiers[tier=AAA].min: 1050 → 1040",
                "Changed $.credit.tiers[tier=AA].max: 1049 → 1039",
            ],
            comparison.Changes.Select(c => c.ToString()));
    }

    [Fact]
    public void TheNoticeReadsInChinese()
    {
        var notice = CivilityRulebook.Compare(CivilityRulebookFile.LoadRuicheng(), Proposed()).ToNotice(CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal(
            """
            关于修订《芮城县文明积分与信用联动管理办法》的公示
            规则手册ruicheng.civility由1.0版修订为1.1版，自2027年1月1日起施行。
            共5处修订：
            1. 规则手册信息 › 版本：由1.0调整为1.1。
            2. 规则手册信息 › 施行日期：由2024年1月1日调整为2027年1月1日。
            3. 积分类别 › 平安建设（security） › 上限 › 每月 › 上限值：由30调整为40。
            4. 信用评定 › 等级 › AAA › 下限值：由1050调整为1040。
            5. 信用评定 › 等级 › AA › 上限值：由1049调整为1039。
            """.ReplaceLineEndings(),
            notice.TrimEnd().ReplaceLineEndings());
    }

    [Fact]
    public void TheNoticeReadsInEnglish()
    {
        var notice = CivilityRulebook.Compare(CivilityRulebookFile.LoadRuicheng(), Proposed()).ToNotice(CultureInfo.GetCultureInfo("en"));
        Assert.Equal(
            """
            Public notice of proposed changes to 芮城县文明积分与信用联动管理办法
            Rulebook ruicheng.civility, version 1.0 → 1.1, in force from 1 January 2027.
            5 change(s):
            1. header › version: 1.0 → 1.1.
            2. header › in force from: 1 January 2024 → 1 January 2027.
            3. points categories › security (平安建设) › caps › month › maximum: 30 → 40.
            4. credit rating › tiers › AAA › minimum: 1050 → 1040.
            5. credit rating › tiers › AA › maximum: 1049 → 1039.
            """.ReplaceLineEndings(),
            notice.TrimEnd().ReplaceLineEndings());
    }
}
