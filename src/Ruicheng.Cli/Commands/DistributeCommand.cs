using System.ComponentModel;
using System.Globalization;
using NodaTime;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Rulebooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng distribute</c>: a cooperative distribution with every line explained.</summary>
internal sealed class DistributeCommand(IAnsiConsole console) : Command<DistributeCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandOption("--rulebook <FILE>")]
        [Description("The Economy rulebook (JSON). Default: the built-in Ruicheng rulebook.")]
        public string? Rulebook { get; init; }

        [CommandOption("--plan <ID>")]
        [Description("Required. The plan's id in the rulebook, e.g. cai-village or tianyuan-guiju.")]
        public string Plan { get; init; } = string.Empty;

        [CommandOption("--register <FILE>")]
        [Description("Required. The share register: CSV with header member,kind,name,class,units,since.")]
        public string Register { get; init; } = string.Empty;

        [CommandOption("--income <YUAN>")]
        [Description("Required. The year's net income in yuan (negative for a loss).")]
        public string Income { get; init; } = string.Empty;

        [CommandOption("--year <YEAR>")]
        [Description("Required. The year; holdings on 31 December of that year count.")]
        public int Year { get; init; }

        [CommandOption("--patronage <FILE>")]
        [Description("Members' trading volume for the year: CSV with header member,volume. Needed by a plan with a party that divides by patronage (e.g. tianyuan-guiju).")]
        public string? Patronage { get; init; }

        [CommandOption("--reserve-balance <YUAN>")]
        [Description("The reserve available in a loss year (default 0).")]
        public string? ReserveBalance { get; init; }

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--plan", Plan), ("--register", Register), ("--income", Income), ("--year", Year == 0 ? null : Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rulebookText = settings.Rulebook is null ? EconomyRulebookFile.RuichengJsonText : Output.ReadFile(settings.Rulebook, "--rulebook");
        var rulebook = EconomyRulebookFile.Load(rulebookText);
        if (rulebook.IsFailure)
        {
            if (settings.Json)
            {
                Output.Json(console, new { file = settings.Rulebook, valid = false, violations = rulebook.Violations.Select(Output.ViolationShape) });
            }
            else
            {
                Output.Violations(console, settings.Rulebook ?? "built-in", rulebook.Violations, settings.Culture);
            }

            return ExitCodes.RulesBroken;
        }

        var plan = rulebook.Value.Plans.FirstOrDefault(p => p.Id == settings.Plan)
            ?? throw new UnusableInputException($"--plan: '{settings.Plan}' is not a plan of the rulebook ({string.Join(", ", rulebook.Value.Plans.Select(p => p.Id))})");
        if (!Money.TryParse(settings.Income, out var income))
        {
            throw new UnusableInputException($"--income: '{settings.Income}' is not an amount of yuan with at most two decimals");
        }

        var reserve = Money.Zero;
        if (settings.ReserveBalance is { } balance && !Money.TryParse(balance, out reserve))
        {
            throw new UnusableInputException($"--reserve-balance: '{balance}' is not an amount of yuan");
        }

        if (settings.Year < CivilTime.EarliestDate.Year || settings.Year > CivilTime.LatestDate.Year)
        {
            throw new UnusableInputException($"--year: '{settings.Year}' is not a year from {CivilTime.EarliestDate.Year} to {CivilTime.LatestDate.Year}");
        }

        var register = RegisterCsv.Read(settings.Register, plan.Title);
        if (register.IsFailure)
        {
            if (settings.Json)
            {
                Output.Json(console, new { file = settings.Register, valid = false, violations = register.Violations.Select(Output.ViolationShape) });
            }
            else
            {
                Output.Violations(console, settings.Register, register.Violations, settings.Culture);
            }

            return ExitCodes.RulesBroken;
        }

        var patronage = new Dictionary<MemberId, decimal>();
        if (settings.Patronage is { } patronageFile)
        {
            var read = PatronageCsv.Read(patronageFile);
            if (read.IsFailure)
            {
                Report(settings, patronageFile, read.Violations);
                return ExitCodes.RulesBroken;
            }

            patronage = read.Value;
        }

        var result = CooperativeDistribution.Distribute(plan, income, register.Value, new LocalDate(settings.Year, 12, 31), patronage, reserve);
        if (result.IsFailure)
        {
            if (settings.Json)
            {
                Output.Json(console, new { plan = plan.Id, violations = result.Violations.Select(Output.ViolationShape) });
            }
            else
            {
                Output.Violations(console, settings.Register, result.Violations, settings.Culture);
            }

            return ExitCodes.RulesBroken;
        }

        Render(console, settings.Json, result.Value, settings.Culture);
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

    internal static object Shape(Decision<DistributionResult> decision) => new
    {
        income = decision.Value.Income,
        paidOut = decision.Value.PaidOut,
        retained = decision.Value.Retained,
        tranches = Enum.GetValues<DistributionTranche>().ToDictionary(t => t.ToString(), t => decision.Value.TotalOf(t)),
        lines = decision.Value.Lines.Select(l => new { tranche = l.Tranche.ToString(), rule = l.Rule.Value, recipient = l.Recipient, amount = l.Amount, retained = l.Retained, why = l.Why }),
        issuedShares = decision.Value.IssuedShares.Select(s => new { member = s.Member.Value, units = s.Units }),
        explanation = decision.Explanation.Steps.Select(s => s.ToString()),
    };

    internal static void Render(IAnsiConsole console, bool json, Decision<DistributionResult> decision, System.Globalization.CultureInfo culture)
    {
        if (json)
        {
            Output.Json(console, Shape(decision));
            return;
        }

        var result = decision.Value;
        var totals = new Table().Title(Markup.Escape(Texts.Plain(culture, "cli.distribute.title", ("income", result.Income)))).AddColumns(Texts.Plain(culture, "cli.column.tranche"), Texts.Plain(culture, "cli.column.amount"), Texts.Plain(culture, "cli.column.lines"));
        foreach (var tranche in Enum.GetValues<DistributionTranche>())
        {
            var count = result.Lines.Count(l => l.Tranche == tranche);
            if (count > 0)
            {
                totals.AddRow(Markup.Escape(Texts.Word(culture, "tranche", tranche)), result.TotalOf(tranche).ToString(), count.ToString(CultureInfo.InvariantCulture));
            }
        }

        totals.AddRow(Texts.Say(culture, "cli.distribute.total"), $"[bold]{result.PaidOut} + {result.Retained} = {result.PaidOut + result.Retained}[/]", result.Lines.Length.ToString(CultureInfo.InvariantCulture));
        console.Write(totals);
        var lines = new Table().AddColumns(Texts.Plain(culture, "cli.column.tranche"), Texts.Plain(culture, "cli.column.recipient"), Texts.Plain(culture, "cli.column.amount"), Texts.Plain(culture, "cli.column.why"));
        foreach (var line in result.Lines.Take(25))
        {
            lines.AddRow(Markup.Escape(Texts.Word(culture, "tranche", line.Tranche)), Markup.Escape(line.Recipient), line.Amount.ToString(), Markup.Escape(Texts.Why(culture, line.Reason, line.Why)));
        }

        console.Write(lines);
        if (result.Lines.Length > 25)
        {
            console.MarkupLine(Texts.Say(culture, "cli.distribute.more", ("count", result.Lines.Length - 25)));
        }

        console.WriteLine(Texts.Catalog.Describe(decision.Explanation, culture));
    }
}
