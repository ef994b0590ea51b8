using System.ComponentModel;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Economy.Rulebooks;
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
        [Description("The rulebook or hierarchy file (JSON).")]
        public string File { get; init; } = string.Empty;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var json = Output.ReadFile(settings.File, "<file>");
        var kind = DocumentKinds.Detect(settings.File, json);
        var violations = kind switch
        {
            DocumentKind.Hierarchy => HierarchyFile.Load(json).Violations,
            DocumentKind.GovernanceRulebook => GovernanceRulebookFile.Load(json).Violations,
            DocumentKind.EconomyRulebook => EconomyRulebookFile.Load(json).Violations,
            _ => CivilityRulebookFile.Load(json).Violations,
        };

        if (violations.Length == 1 && violations[0].Code == RuichengJson.MalformedCode)
        {
            throw UnusableInputException.At(settings.File, violations[0].Path, violations[0].Message);
        }

        if (settings.Json)
        {
            Output.Json(console, new { file = settings.File, kind = DocumentKinds.Describe(kind), valid = violations.IsEmpty, violations = violations.Select(Output.ViolationShape) });
        }
        else if (violations.IsEmpty)
        {
            console.MarkupLineInterpolated($"[green]valid[/] {settings.File}: {DocumentKinds.Describe(kind)}");
        }
        else
        {
            Output.Violations(console, settings.File, violations);
        }

        return violations.IsEmpty ? ExitCodes.Success : ExitCodes.RulesBroken;
    }
}
