using Ruicheng.Cli.Infrastructure;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Cli.Inputs;

/// <summary>Calendar-year files given with <c>--calendar</c>, loaded and merged into a governance rulebook.</summary>
internal static class CalendarYears
{
    /// <summary>
    /// Loads every file and merges the years in the order given (each broken or already-covered file's violations are
    /// reported with the file's name before the path); the rulebook itself when there are none.
    /// </summary>
    public static Result<GovernanceRulebook> Merge(GovernanceRulebook rulebook, IReadOnlyList<string> files)
    {
        var merged = rulebook;
        var violations = new List<RuleViolation>();
        foreach (var file in files)
        {
            var step = CalendarYearFile.Load(Output.ReadFile(file, "--calendar")).Bind(year => merged.WithCalendarYears([year]));
            if (step.IsSuccess)
            {
                merged = step.Value;
            }
            else
            {
                violations.AddRange(step.Violations.Select(v => RuleViolation.At(v.Code, $"{file}:{v.Path.Replace("[0].", string.Empty, StringComparison.Ordinal)}", v.Message, v.AttemptedValue, [.. v.Figures])));
            }
        }

        return violations.Count > 0 ? Result<GovernanceRulebook>.Failure(violations) : Result<GovernanceRulebook>.Success(merged);
    }
}
