using System.ComponentModel;
using System.Globalization;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Primitives.Rulebooks.Changes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng diff OLD NEW</c>: what changed between two versions of a rulebook, as the public notice (公示) or JSON.</summary>
internal sealed class DiffCommand(IAnsiConsole console) : Command<DiffCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandArgument(0, "<OLD>")]
        [Description("The rulebook in force (civility, governance or economy; JSON).")]
        public string Old { get; init; } = string.Empty;

        [CommandArgument(1, "<NEW>")]
        [Description("The proposed rulebook, of the same kind.")]
        public string New { get; init; } = string.Empty;

    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var oldText = Output.ReadFile(settings.Old, "OLD");
        var newText = Output.ReadFile(settings.New, "NEW");
        var kind = DocumentKinds.Detect(settings.Old, oldText);
        if (DocumentKinds.Detect(settings.New, newText) != kind)
        {
            throw UnusableInputException.At(settings.New, "$", $"not the same kind of rulebook as {settings.Old}");
        }

        var comparison = kind switch
        {
            DocumentKind.CivilityRulebook => CivilityRulebook.Compare(Load(settings.Old, CivilityRulebookFile.Load(oldText)), Load(settings.New, CivilityRulebookFile.Load(newText))),
            DocumentKind.GovernanceRulebook => GovernanceRulebook.Compare(Load(settings.Old, GovernanceRulebookFile.Load(oldText)), Load(settings.New, GovernanceRulebookFile.Load(newText))),
            DocumentKind.EconomyRulebook => EconomyRulebook.Compare(Load(settings.Old, EconomyRulebookFile.Load(oldText)), Load(settings.New, EconomyRulebookFile.Load(newText))),
            _ => throw UnusableInputException.At(settings.Old, "$", "not a rulebook: diff compares civility, governance or economy rulebooks"),
        };
        var culture = settings.Culture;
        if (settings.Json)
        {
            Output.Json(console, new
            {
                rulebook = comparison.NewHeader.Id.Value,
                from = comparison.OldHeader.Version.ToString(),
                to = comparison.NewHeader.Version.ToString(),
                effectiveFrom = comparison.NewHeader.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                changes = comparison.Changes.Select(c => new
                {
                    kind = c.Kind.ToString().ToLowerInvariant(),
                    path = c.Path,
                    old = c.OldValue is null ? null : System.Text.Json.Nodes.JsonNode.Parse(c.OldValue),
                    @new = c.NewValue is null ? null : System.Text.Json.Nodes.JsonNode.Parse(c.NewValue),
                    text = comparison.Describe(c, culture),
                }),
            });
        }
        else
        {
            console.Profile.Out.Writer.Write(comparison.ToNotice(culture));
        }

        return ExitCodes.Success;
    }

    private static T Load<T>(string file, Result<T> loaded) =>
        loaded.IsSuccess
            ? loaded.Value
            : throw UnusableInputException.At(file, loaded.FirstViolation.Path, $"not a valid rulebook ({loaded.FirstViolation.Code}: {loaded.FirstViolation.Message}); run 'ruicheng validate {file}' for every error");
}
