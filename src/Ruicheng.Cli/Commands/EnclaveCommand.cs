using System.ComponentModel;
using System.Globalization;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Economy.Enclaves;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Hierarchy;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng enclave</c>: an enclave project's year (飞地经济) from the rulebook — host fee first, then the members.</summary>
internal sealed class EnclaveCommand(IAnsiConsole console) : Command<EnclaveCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandOption("--rulebook <FILE>")]
        [Description("The Economy rulebook (JSON). Default: the built-in Ruicheng rulebook.")]
        public string? Rulebook { get; init; }

        [CommandOption("--project <ID>")]
        [Description("Required. The enclave project's id in the rulebook, e.g. dawang-toona.")]
        public string Project { get; init; } = string.Empty;

        [CommandOption("--revenue <YUAN>")]
        [Description("Required. The project's revenue for the year in yuan (zero or negative for a loss).")]
        public string Revenue { get; init; } = string.Empty;

        [CommandOption("--year <YEAR>")]
        [Description("Required. The year the revenue is for.")]
        public int Year { get; init; }

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid :
            RequiredOptions.Check(("--project", Project), ("--revenue", Revenue), ("--year", Year == 0 ? null : Year.ToString(CultureInfo.InvariantCulture)));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rulebook = EconomyRulebookFile.Load(settings.Rulebook is null ? EconomyRulebookFile.RuichengJsonText : Output.ReadFile(settings.Rulebook, "--rulebook"));
        if (rulebook.IsFailure)
        {
            Report(settings, settings.Rulebook ?? "built-in", rulebook.Violations);
            return ExitCodes.RulesBroken;
        }

        var project = rulebook.Value.FindEnclave(settings.Project)
            ?? throw new UnusableInputException($"--project: '{settings.Project}' is not an enclave project of the rulebook ({string.Join(", ", rulebook.Value.Enclaves.Select(e => e.Id))})");
        if (!Money.TryParse(settings.Revenue, out var revenue))
        {
            throw new UnusableInputException($"--revenue: '{settings.Revenue}' is not an amount of yuan with at most two decimals");
        }

        if (settings.Year < CivilTime.EarliestDate.Year || settings.Year > CivilTime.LatestDate.Year)
        {
            throw new UnusableInputException($"--year: '{settings.Year}' is not a year from {CivilTime.EarliestDate.Year} to {CivilTime.LatestDate.Year}");
        }

        var hierarchy = RuichengHierarchy.Load();
        var sited = project.CheckSites(HierarchySites.Of(hierarchy));
        if (sited.IsFailure)
        {
            Report(settings, settings.Rulebook ?? "built-in", sited.Violations);
            return ExitCodes.RulesBroken;
        }

        var split = project.Split(revenue);
        if (settings.Json)
        {
            Output.Json(console, new
            {
                project = project.Id,
                year = settings.Year,
                revenue,
                lines = split.Value.Select(l => new { role = l.Role.ToString(), village = l.Village?.Value, name = l.Village is { } v ? hierarchy[v].Name : null, amount = l.Amount, why = l.Why }),
                explanation = split.Explanation.Steps.Select(s => s.ToString()),
            });
            return ExitCodes.Success;
        }

        var table = new Table().Title($"{Markup.Escape(project.Name)} {settings.Year}: {revenue}").AddColumns(Texts.Plain(settings.Culture, "cli.column.village"), Texts.Plain(settings.Culture, "cli.column.role"), Texts.Plain(settings.Culture, "cli.column.amount"), Texts.Plain(settings.Culture, "cli.column.why"));
        foreach (var line in split.Value)
        {
            table.AddRow(line.Village is { } v ? Markup.Escape(hierarchy[v].Name) : Markup.Escape(Texts.Word(settings.Culture, "role", Ruicheng.Economy.Enclaves.EnclaveRole.Project)), Markup.Escape(Texts.Word(settings.Culture, "role", line.Role)), line.Amount.ToString(), Markup.Escape(Texts.Why(settings.Culture, line.Reason, line.Why)));
        }

        console.Write(table);
        console.WriteLine(Texts.Catalog.Describe(split.Explanation, settings.Culture));
        return ExitCodes.Success;
    }

    private void Report(Settings settings, string file, IEnumerable<RuleViolation> violations)
    {
        if (settings.Json)
        {
            Output.Json(console, new { file, valid = false, violations = violations.Select(Output.ViolationShape) });
        }
        else
        {
            Output.Violations(console, file, violations, settings.Culture);
        }
    }
}
