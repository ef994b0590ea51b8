using System.ComponentModel;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng schema &lt;kind&gt;</c>: writes the JSON schema the packages ship for a kind of document.</summary>
internal sealed class SchemaCommand(IAnsiConsole console) : Command<SchemaCommand.Settings>
{
    /// <summary>Every kind, with the schema text the package embeds.</summary>
    internal static readonly IReadOnlyDictionary<string, Func<string>> Kinds = new SortedDictionary<string, Func<string>>(StringComparer.Ordinal)
    {
        ["civility-rulebook"] = () => CivilityRulebookFile.Schema,
        ["dispute-case"] = () => DisputeCaseJson.Schema,
        ["economy-rulebook"] = () => EconomyRulebookFile.Schema,
        ["governance-calendar"] = () => Ruicheng.Governance.Calendars.CalendarYearFile.Schema,
        ["governance-rulebook"] = () => GovernanceRulebookFile.Schema,
        ["hierarchy"] = () => HierarchyFile.Schema,
        ["points-claim"] = () => Ruicheng.Civility.Claims.PointsClaimJson.Schema,
        ["share-register"] = () => Ruicheng.Economy.Cooperatives.ShareRegisterJson.Schema,
        ["distribution-result"] = () => Ruicheng.Economy.Distributions.DistributionResultJson.Schema,
    };

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<kind>")]
        [Description("civility-rulebook, dispute-case, distribution-result, economy-rulebook, governance-calendar, governance-rulebook, hierarchy, points-claim or share-register.")]
        public string Kind { get; init; } = string.Empty;

        [CommandOption("--out <FILE>")]
        [Description("Write the schema to this file (atomically) instead of standard output.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!Kinds.TryGetValue(settings.Kind, out var schema))
        {
            throw new UnusableInputException($"<kind>: '{settings.Kind}' is not a kind of document; use one of {string.Join(", ", Kinds.Keys)}");
        }

        if (settings.Out is { } path)
        {
            AtomicFile.Write(path, "--out", writer => writer.Write(schema()));
            console.MarkupLine(Texts.Say(System.Globalization.CultureInfo.CurrentUICulture, "cli.schema.wrote", ("kind", (object?)settings.Kind), ("file", path)));
        }
        else
        {
            console.Profile.Out.Writer.Write(schema());
        }

        return ExitCodes.Success;
    }
}
