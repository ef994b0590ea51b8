using System.Collections.Immutable;
using System.ComponentModel;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.Serialization;
using Ruicheng.Primitives.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng validate &lt;file&gt;</c>: any of the three rulebooks or a hierarchy file, every error at once with its JSON path.</summary>
internal sealed class ValidateCommand(IAnsiConsole console) : Command<ValidateCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandArgument(0, "<file>")]
        [Description("The rulebook, hierarchy or calendar-year file (JSON).")]
        public string File { get; init; } = string.Empty;

        [CommandOption("--calendar <FILE>")]
        [Description("A calendar-year file to merge into a governance rulebook before reporting its coverage; repeatable.")]
        public string[] Calendars { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var json = Output.ReadFile(settings.File, "<file>");
        var kind = DocumentKinds.Detect(settings.File, json);
        if (settings.Calendars.Length > 0 && kind != DocumentKind.GovernanceRulebook)
        {
            throw new UnusableInputException($"--calendar: calendar years merge into a governance rulebook, and {settings.File} is a {DocumentKinds.Describe(kind)}");
        }

        IReadOnlyList<int>? coverage = null;
        string? covers = null;
        ImmutableArray<RuleViolation> violations;
        switch (kind)
        {
            case DocumentKind.Hierarchy:
                violations = HierarchyFile.Load(json).Violations;
                break;
            case DocumentKind.GovernanceRulebook:
                var rulebook = GovernanceRulebookFile.Load(json);
                violations = rulebook.Violations;
                if (rulebook.IsSuccess)
                {
                    var merged = CalendarYears.Merge(rulebook.Value, settings.Calendars);
                    violations = merged.Violations;
                    if (merged.IsSuccess)
                    {
                        coverage = [.. merged.Value.Calendar.CoveredYears ?? []];
                        covers = merged.Value.Calendar.CoveredYears is null ? "every year (no holidays listed)" : string.Join(", ", coverage);
                    }
                }

                break;
            case DocumentKind.GovernanceCalendar:
                var year = CalendarYearFile.Load(json);
                violations = year.Violations;
                if (year.IsSuccess)
                {
                    coverage = [year.Value.Year];
                    covers = year.Value.ToString();
                }

                break;
            case DocumentKind.EconomyRulebook:
                violations = EconomyRulebookFile.Load(json).Violations;
                break;
            default:
                violations = CivilityRulebookFile.Load(json).Violations;
                break;
        }

        if (violations.Length == 1 && violations[0].Code == RuichengJson.MalformedCode)
        {
            throw UnusableInputException.At(settings.File, violations[0].Path, violations[0].Message);
        }

        if (settings.Json)
        {
            Output.Json(console, new { file = settings.File, kind = DocumentKinds.Describe(kind), valid = violations.IsEmpty, coveredYears = coverage, violations = violations.Select(Output.ViolationShape) });
        }
        else if (violations.IsEmpty)
        {
            console.MarkupLine(Texts.Say(settings.Culture, "cli.validate.valid", ("file", settings.File), ("kind", DocumentKinds.Describe(kind))));
            if (covers is not null)
            {
                console.MarkupLine(Texts.Say(settings.Culture, "cli.validate.covers", ("years", covers)));
            }
        }
        else
        {
            Output.Violations(console, settings.File, violations, settings.Culture);
        }

        return violations.IsEmpty ? ExitCodes.Success : ExitCodes.RulesBroken;
    }
}
