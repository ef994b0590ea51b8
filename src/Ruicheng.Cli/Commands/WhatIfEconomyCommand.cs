using System.ComponentModel;
using System.Globalization;
using NodaTime;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Economy.WhatIf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng whatif economy</c>: one year's income distributed under the current and the proposed plan, per recipient to the fen.</summary>
internal sealed class WhatIfEconomyCommand(IAnsiConsole console) : Command<WhatIfEconomyCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandOption("--rulebook <FILE>")]
        [Description("The Economy rulebook in force. Default: the built-in Ruicheng rulebook.")]
        public string? Rulebook { get; init; }

        [CommandOption("--proposed-rulebook <FILE>")]
        [Description("The proposed Economy rulebook. Default: the rulebook in force.")]
        public string? ProposedRulebook { get; init; }

        [CommandOption("--plan <ID>")]
        [Description("Required. The current plan's id.")]
        public string Plan { get; init; } = string.Empty;

        [CommandOption("--proposed-plan <ID>")]
        [Description("The proposed plan's id (in the proposed rulebook). Default: --plan.")]
        public string? ProposedPlan { get; init; }

        [CommandOption("--register <FILE>")]
        [Description("Required. The share register: CSV with header member,kind,name,class,units,since.")]
        public string Register { get; init; } = string.Empty;

        [CommandOption("--income <YUAN>")]
        [Description("Required. The year's net income in yuan.")]
        public string Income { get; init; } = string.Empty;

        [CommandOption("--year <YEAR>")]
        [Description("Required. The year; holdings on 31 December of that year count.")]
        public int Year { get; init; }

        [CommandOption("--patronage <FILE>")]
        [Description("Members' trading volume: CSV member,volume (for plans that divide by patronage).")]
        public string? Patronage { get; init; }

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--plan", Plan), ("--register", Register), ("--income", Income), ("--year", Year == 0 ? null : Year.ToString(CultureInfo.InvariantCulture)));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var current = Load(settings.Rulebook, "--rulebook");
        var proposed = settings.ProposedRulebook is null ? current : Load(settings.ProposedRulebook, "--proposed-rulebook");
        var currentPlan = Plan(current, settings.Plan, "--plan");
        var proposedPlan = Plan(proposed, settings.ProposedPlan ?? settings.Plan, "--proposed-plan");
        if (!Money.TryParse(settings.Income, out var income))
        {
            throw new UnusableInputException($"--income: '{settings.Income}' is not an amount of yuan with at most two decimals");
        }

        if (settings.Year < CivilTime.EarliestDate.Year || settings.Year > CivilTime.LatestDate.Year)
        {
            throw new UnusableInputException($"--year: '{settings.Year}' is not a year from {CivilTime.EarliestDate.Year} to {CivilTime.LatestDate.Year}");
        }

        var register = RegisterCsv.Read(settings.Register, currentPlan.Title);
        var patronage = settings.Patronage is { } file ? PatronageCsv.Read(file) : Result<Dictionary<MemberId, decimal>>.Success([]);
        var date = new LocalDate(settings.Year, 12, 31);
        var before = register.Bind(r => patronage.Bind(p => CooperativeDistribution.Distribute(currentPlan, income, r, date, p, Money.Zero)));
        var after = register.Bind(r => patronage.Bind(p => CooperativeDistribution.Distribute(proposedPlan, income, r, date, p, Money.Zero)));
        var violations = before.Violations.Concat(after.IsFailure && before.IsSuccess ? after.Violations : []).ToList();
        if (violations.Count > 0)
        {
            if (settings.Json)
            {
                Output.Json(console, new { valid = false, violations = violations.Select(Output.ViolationShape) });
            }
            else
            {
                Output.Violations(console, settings.Register, violations, settings.Culture);
            }

            return ExitCodes.RulesBroken;
        }

        var whatIf = DistributionWhatIf.Compare(before.Value.Value, after.Value.Value);
        if (settings.Json)
        {
            Output.Json(console, new
            {
                income = whatIf.Income,
                current = $"{current.Header.Reference} {currentPlan.Id}",
                proposed = $"{proposed.Header.Reference} {proposedPlan.Id}",
                recipients = whatIf.Recipients.Select(r => new { recipient = r.Recipient, current = r.Current, proposed = r.Proposed, difference = r.Difference }),
            });
            return ExitCodes.Success;
        }

        var c = settings.Culture;
        var table = new Table().Title(Markup.Escape(Texts.Plain(c, "cli.whatif.economy.title", ("income", income), ("currentPlan", currentPlan.Id), ("current", current.Header.Reference), ("proposedPlan", proposedPlan.Id), ("proposed", proposed.Header.Reference))))
            .AddColumns(Texts.Plain(c, "cli.column.recipient"), Texts.Plain(c, "cli.column.current"), Texts.Plain(c, "cli.column.proposed"), Texts.Plain(c, "cli.column.difference"));
        foreach (var r in whatIf.Recipients)
        {
            table.AddRow(Markup.Escape(r.Recipient), r.Current.ToString(), r.Proposed.ToString(),
                r.Difference == Money.Zero ? "·" : r.Difference > Money.Zero ? $"[green]+{r.Difference}[/]" : $"[red]{r.Difference}[/]");
        }

        console.Write(table);
        console.MarkupLine(Texts.Say(c, "cli.whatif.economy.sum", ("income", whatIf.Income), ("sum", Money.Sum(whatIf.Recipients.Select(r => r.Difference)))));
        return ExitCodes.Success;
    }

    private static DistributionPlan Plan(EconomyRulebook rulebook, string id, string option) =>
        rulebook.FindPlan(id) ?? throw new UnusableInputException($"{option}: '{id}' is not a plan of the rulebook ({string.Join(", ", rulebook.Plans.Select(p => p.Id))})");

    private static EconomyRulebook Load(string? file, string option)
    {
        var loaded = EconomyRulebookFile.Load(file is null ? EconomyRulebookFile.RuichengJsonText : Output.ReadFile(file, option));
        return loaded.IsSuccess
            ? loaded.Value
            : throw UnusableInputException.At(file ?? "built-in rulebook", loaded.FirstViolation.Path, $"not a valid economy rulebook ({loaded.FirstViolation.Code}: {loaded.FirstViolation.Message}); run 'ruicheng validate {file}' for every error");
    }
}
