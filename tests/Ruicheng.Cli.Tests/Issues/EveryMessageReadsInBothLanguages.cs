using System.Globalization;
using System.Text.RegularExpressions;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 14: whatever the engine says to people exists in Chinese and in English, from resources. Over the combined
/// catalog of every package and the tool: each key has both languages, both read the same named values, every
/// violation code of the catalogue page has a meaning in both, every explanation message renders in both languages
/// from one set of values, and every message key the source writes exists.
/// </summary>
public sealed partial class EveryMessageReadsInBothLanguages
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly MessageCatalog Catalog = Texts.Catalog;

    [Fact]
    public void EveryKey_HasBothLanguages()
    {
        var english = Catalog.KeysIn(CultureInfo.InvariantCulture);
        var chinese = Catalog.KeysIn(Chinese);
        Assert.Equal(english, chinese);
        Assert.All(english, key => Assert.False(string.IsNullOrWhiteSpace(Catalog.Find(key, Chinese)), key));
    }

    [Fact]
    public void EveryViolationCode_HasAMeaningInBothLanguages()
    {
        var page = File.ReadAllText(Path.Combine(Root(), "docs", "violation-codes.md"));
        var codes = CodeRow().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.True(codes.Count > 200, "the catalogue page lists the codes");
        var missing = codes.Where(c => !Catalog.KeysIn(CultureInfo.InvariantCulture).Contains("violation." + c) || !Catalog.KeysIn(Chinese).Contains("violation." + c)).ToList();
        Assert.True(missing.Count == 0, "no meaning for: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryExplanationMessage_RendersInBothLanguages_FromOneSetOfValues()
    {
        var messages = Catalog.Keys.Where(k => !k.StartsWith("violation.", StringComparison.Ordinal) && !k.StartsWith("word.", StringComparison.Ordinal)
            && k is not ("clause.separator" or "explanation.rulebook" or "explanation.no-rulebook")).ToList();
        Assert.True(messages.Count >= 40, "every explanation kind has a message");
        foreach (var key in messages)
        {
            var values = Values(key).ToList();
            var step = Catalog.Step(RuleId.From("test.rule"), key, values);
            var english = Catalog.Describe(step, English);
            var chinese = Catalog.Describe(step, Chinese);
            Assert.Equal(step.Summary, english);
            Assert.DoesNotContain("{", english, StringComparison.Ordinal);
            Assert.DoesNotContain("{", chinese, StringComparison.Ordinal);
            // A text with words reads in Chinese; a pure layout of values (e.g. "  {resident}: {a} → {b}") only changes punctuation.
            if (Words().IsMatch(Placeholders().Replace(Catalog.Find(key, English)!, string.Empty)))
            {
                Assert.True(chinese.Any(c => c >= 0x4E00 && c <= 0x9FFF), $"{key} reads in Chinese: {chinese}");
                Assert.NotEqual(english, chinese);
            }
        }
    }

    [Fact]
    public void EveryMessageTheSourceWrites_Exists()
    {
        var written = Directory.EnumerateFiles(Path.Combine(Root(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => WrittenKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !Catalog.Contains("violation." + k))
            .Distinct().ToList();
        Assert.NotEmpty(written);
        Assert.All(written, key => Assert.True(Catalog.Contains(key), $"the source writes '{key}', which the catalog lacks"));
    }

    [Fact]
    public void AStepReadsInChinese_WithDatesAndWords()
    {
        var calendar = Governance.Rulebooks.GovernanceRulebookFile.LoadRuicheng().Calendar;
        var deadline = calendar.Deadline(NodaTime.Instant.FromUtc(2026, 9, 30, 1, 0), Governance.Calendars.TimeLimit.Of(3, Governance.Calendars.TimeLimitUnit.WorkingDays)).Value;
        var chinese = Catalog.Describe(deadline.Explanation, Chinese);
        Assert.Contains("自2026年9月30日 09:00（北京时间）起算", chinese, StringComparison.Ordinal);
        Assert.True(chinese.Contains("节假日：2026年10月1日..2026年10月7日", StringComparison.Ordinal), chinese);
        Assert.Contains("Starts 2026-09-30 09:00 (Asia/Shanghai)", Catalog.Describe(deadline.Explanation, English), StringComparison.Ordinal);
        var violation = RuleViolation.At(RuleId.From("hierarchy.code.format"), "$.units[3].code", "Division code '12' has 2 digits.", "12");
        Assert.Equal("[hierarchy.code.format] $.units[3].code：行政区划代码须为6、9、12或15位数字。（被拒绝的值：12）", Catalog.Describe(violation, Chinese));
        Assert.Equal(violation.ToString(), Catalog.Describe(violation, English));
    }

    /// <summary>
    /// Sample values for every placeholder of a message in either language: for a part of a sentence (<c>{x:message}</c>)
    /// the first key of its family (<c>civility.x.…</c>) and that part's own values; a date for dates; else a number.
    /// </summary>
    private static IEnumerable<Figure> Values(string key)
    {
        foreach (var name in Catalog.PlaceholdersOf(key, English).Union(Catalog.PlaceholdersOf(key, Chinese)))
        {
            var family = key.Split('.')[0] + "." + name + ".";
            var isPart = (Catalog.Find(key, English) + Catalog.Find(key, Chinese)).Contains("{" + name + ":message}", StringComparison.Ordinal);
            if (isPart && Catalog.Keys.FirstOrDefault(k => k.StartsWith(family, StringComparison.Ordinal)) is { } part)
            {
                yield return Figure.Of(name, part);
                foreach (var value in Values(part))
                {
                    yield return value;
                }
            }
            else
            {
                yield return Figure.Of(name, name.Contains("date", StringComparison.OrdinalIgnoreCase) || name.Contains("start", StringComparison.OrdinalIgnoreCase)
                    || name is "from" or "to" or "asOf" or "firstDay" ? "2026-10-13" : name == "code" ? "dispute.escalation.no-next-tier" : "7");
            }
        }
    }

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ruicheng.Domain.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Ruicheng.Domain.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\{[^}]*\}|\[/?[a-z]*\]")]
    private static partial Regex Placeholders();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"^\| `([a-z0-9.-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex CodeRow();

    [GeneratedRegex(@"(?<!(?:RuleId\.From|NamedValidator)\()""((?:civility|governance|economy)\.[a-z.-]+)(?:@|"")")]
    private static partial Regex WrittenKey();
}
