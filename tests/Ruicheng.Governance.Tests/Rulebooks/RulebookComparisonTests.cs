using System.Globalization;
using System.Text.Json.Nodes;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.Tests.Issues;
using Ruicheng.Primitives.Rulebooks.Changes;

namespace Ruicheng.Governance.Tests.Rulebooks;

/// <summary>Issue 14: Governance rulebook changes — ladders' time limits and calendar days — listed and announced.</summary>
public sealed class RulebookComparisonTests
{
    private static readonly GovernanceRulebook Current = GovernanceRulebookFile.LoadRuicheng();

    [Fact]
    public void ARulebookComparedWithItself_HasNoChange() =>
        Assert.True(GovernanceRulebook.Compare(Current, GovernanceRulebookFile.LoadRuicheng()).IsEmpty);

    [Fact]
    public void AMergedCalendarYear_IsListedDayByDay()
    {
        var year = CalendarYearFile.Load(CountiesAddCalendarYearsAsData.Year2025).Value;
        var comparison = GovernanceRulebook.Compare(Current, Current.WithCalendarYears([year]).Value);
        Assert.Contains(comparison.Changes, c => c.Kind == RulebookChangeKind.Added && c.Path == "$.calendar.years[=2025]");
        Assert.Equal(year.Holidays.Count, comparison.Changes.Count(c => c.Kind == RulebookChangeKind.Added && c.Path.StartsWith("$.calendar.holidays[=2025-", StringComparison.Ordinal)));
        Assert.Equal(year.AdjustedWorkingDays.Count, comparison.Changes.Count(c => c.Path.StartsWith("$.calendar.adjustedWorkingDays[=2025-", StringComparison.Ordinal)));
    }

    [Fact]
    public void ALongerTimeLimit_ReadsAsOldToNew()
    {
        var document = JsonNode.Parse(GovernanceRulebookFile.RuichengJsonText)!.AsObject();
        var tier = document["ladders"]![0]!["tiers"]![0]!;
        var before = (int)tier["limit"]!["days"]!;
        tier["limit"]!["days"] = before + 2;
        var comparison = GovernanceRulebook.Compare(Current, GovernanceRulebookFile.Load(document.ToJsonString()).Value);
        var change = Assert.Single(comparison.Changes);
        Assert.EndsWith(".limit.days", change.Path, StringComparison.Ordinal);
        Assert.Contains($"由{before}调整为{before + 2}", comparison.Describe(change, CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
        Assert.Contains($"{before} → {before + 2}", comparison.Describe(change, CultureInfo.GetCultureInfo("en")), StringComparison.Ordinal);
        Assert.Contains("办理时限", comparison.Describe(change, CultureInfo.GetCultureInfo("zh-CN")), StringComparison.Ordinal);
    }
}
