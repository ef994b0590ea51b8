using Ruicheng.Governance.Rulebooks;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 13 (calendars that never guess): <c>ruicheng validate</c> reports what years a calendar covers, and a county
/// merges a calendar-year file into the rulebook with <c>--calendar</c>.
/// </summary>
public class CalendarYearsFromTheTool
{
    [Fact]
    public void ValidateReportsTheBuiltInCoverage_AndTheCoverageAfterAMerge()
    {
        var rulebook = Path.Combine(Path.GetTempPath(), $"governance-{Guid.NewGuid():N}.json");
        File.WriteAllText(rulebook, GovernanceRulebookFile.RuichengJsonText);
        try
        {
            var (exit, json) = RunJson("validate", rulebook);
            Assert.Equal(0, exit);
            Assert.Equal([2026], json.GetProperty("coveredYears").EnumerateArray().Select(y => y.GetInt32()));

            var (mergedExit, merged) = RunJson("validate", rulebook, "--calendar", Sample("calendar-2025.json"));
            Assert.Equal(0, mergedExit);
            Assert.Equal([2025, 2026], merged.GetProperty("coveredYears").EnumerateArray().Select(y => y.GetInt32()));
            Assert.Contains("calendar covers: 2025, 2026", Run("validate", rulebook, "--calendar", Sample("calendar-2025.json")).Output, StringComparison.Ordinal);

            // The same year twice is refused, naming the file and the rule.
            var (twiceExit, twice) = RunJson("validate", rulebook, "--calendar", Sample("calendar-2025.json"), "--calendar", Sample("calendar-2025.json"));
            Assert.Equal(1, twiceExit);
            var violation = Assert.Single(twice.GetProperty("violations").EnumerateArray());
            Assert.Equal("governance.calendar.year.covered", violation.GetProperty("code").GetString());
            Assert.EndsWith("calendar-2025.json:year", violation.GetProperty("path").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(rulebook);
        }
    }

    [Fact]
    public void ACalendarYearFile_IsValidatedOnItsOwn()
    {
        var (exit, json) = RunJson("validate", Sample("calendar-2025.json"));
        Assert.Equal(0, exit);
        Assert.Equal("calendar year", json.GetProperty("kind").GetString());
        Assert.Equal([2025], json.GetProperty("coveredYears").EnumerateArray().Select(y => y.GetInt32()));
    }

    [Fact]
    public void ABrokenCalendarYear_GivesEveryErrorWithItsPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"calendar-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, File.ReadAllText(Sample("calendar-2025.json")).Replace("\"2025-10-11\"", "\"2025-10-11\", \"2025-10-03\", \"2024-12-31\"", StringComparison.Ordinal));
        try
        {
            var (exit, json) = RunJson("validate", file);
            Assert.Equal(1, exit);
            Assert.Equal(
                [("governance.calendar.date.year", "$.adjustedWorkingDays[6]"), ("governance.calendar.holiday-and-working", "$.adjustedWorkingDays[5]")],
                json.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("code").GetString()!, v.GetProperty("path").GetString()!)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void CalendarOnAnotherKindOfDocument_IsAnUsageError() =>
        Assert.Equal(2, Run("validate", Sample("civility-rulebook.json"), "--calendar", Sample("calendar-2025.json")).ExitCode);

    [Fact]
    public void TheCalendarSchema_IsServedByTheTool()
    {
        var (exit, output) = Run("schema", "governance-calendar");
        Assert.Equal(0, exit);
        Assert.Contains("\"governance-calendar.schema.json\"", output, StringComparison.Ordinal);
    }
}
