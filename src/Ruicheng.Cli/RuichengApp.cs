using Ruicheng.Cli.Commands;
using Ruicheng.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli;

/// <summary>
/// Builds the command tree and keeps the tool's contract: results on standard output; errors on standard error as one
/// unwrapped line <c>error: …</c> (or, with <c>--json</c>, one JSON object <c>{"error":{"exitCode":2,"message":"…"}}</c>);
/// unknown options or arguments, a missing required option and any unusable input or output path exit 2; rules broken
/// exit 1. The consoles are injected so that tests run every command in-process.
/// </summary>
internal static class RuichengApp
{
    /// <summary>The tool's version: the package version (from git tags, MinVer), without build metadata.</summary>
    public static string Version { get; } =
        (typeof(RuichengApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static int Run(IAnsiConsole console, TextWriter error, string[] args, NodaTime.IClock clock)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        registrar.RegisterInstance(typeof(NodaTime.IClock), clock);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("ruicheng");
            config.SetApplicationVersion(Version);
            config.UseStrictParsing();
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.AddCommand<DemoCommand>("demo").WithDescription("Run the built-in Ruicheng County scenario end to end.").WithExample("demo");
            config.AddCommand<ValidateCommand>("validate").WithDescription("Validate a rulebook or hierarchy file: every error at once, with JSON paths.").WithExample("validate", "samples/civility-rulebook.json");
            config.AddCommand<ScoreCommand>("score").WithDescription("Score a civility-points ledger export (CSV) into credit tiers.")
                .WithExample("score", "--rulebook", "samples/civility-rulebook.json", "--entries", "samples/entries.csv", "--as-of", "2026-06-30");
            config.AddCommand<DistributeCommand>("distribute").WithDescription("Distribute a cooperative's income by its plan, every fen explained.")
                .WithExample("distribute", "--plan", "cai-village", "--register", "samples/register.csv", "--income", "3160000", "--year", "2026");
            config.AddCommand<EnclaveCommand>("enclave").WithDescription("Split an enclave project's year (飞地经济): host fee first, then the member villages.")
                .WithExample("enclave", "--project", "dawang-toona", "--revenue", "1050000", "--year", "2026");
            config.AddBranch("ledger", ledger =>
            {
                ledger.SetDescription("A civility-points ledger kept in the store (--store): append-only, hash-chained, verified on every open.");
                ledger.AddCommand<LedgerIngestCommand>("ingest").WithDescription("Ingest drafts (CSV) into a stored ledger; running it twice appends nothing new.")
                    .WithExample("ledger", "ingest", "--drafts", "samples/drafts.csv", "--key", "county.key");
                ledger.AddCommand<LedgerVerifyCommand>("verify").WithDescription("Verify a stored ledger's whole chain against the kept head.")
                    .WithExample("ledger", "verify", "--key", "county.key");
                ledger.AddCommand<LedgerBalanceCommand>("balance").WithDescription("A resident's balance and spendable balance in a stored ledger.")
                    .WithExample("ledger", "balance", "--resident", "R-1042", "--key", "county.key");
            });
            config.AddBranch("disputes", disputes =>
            {
                disputes.SetDescription("Dispute workflow jobs.");
                disputes.AddCommand<DisputesTickCommand>("tick").WithDescription("Apply the dispute deadlines due at an instant, each once: stored cases (--store), or a cases file (--cases) without keeping state.")
                    .WithExample("disputes", "tick", "--cases", "samples/cases.json", "--now", "2026-10-20T09:00+08:00")
                    .WithExample("disputes", "tick", "--now", "2026-10-20T09:00+08:00");
                disputes.AddCommand<DisputesReportCommand>("report").WithDescription("Report a new case into the store.")
                    .WithExample("disputes", "report", "--id", "DC-2026-0101", "--type", "neighbour", "--unit", "dawang.jinpen.g1", "--party", "R-1011:H-101", "--reporter", "W-1", "--at", "2026-09-24T09:00+08:00");
                disputes.AddCommand<DisputesAcceptCommand>("accept").WithDescription("The entry tier's body accepts a stored case (受理).")
                    .WithExample("disputes", "accept", "--id", "DC-2026-0101", "--actor", "M-1", "--role", "grid-mediator", "--at", "2026-09-24T10:00+08:00");
                disputes.AddCommand<DisputesSettleCommand>("settle").WithDescription("The current tier's body records the agreement (--reason holds the terms).")
                    .WithExample("disputes", "settle", "--id", "DC-2026-0101", "--actor", "M-1", "--role", "grid-mediator", "--reason", "wall moved 20 cm");
                disputes.AddCommand<DisputesFailCommand>("fail").WithDescription("The current tier's body records that mediation failed.")
                    .WithExample("disputes", "fail", "--id", "DC-2026-0101", "--actor", "M-1", "--role", "grid-mediator", "--reason", "no agreement");
                disputes.AddCommand<DisputesExtendCommand>("extend").WithDescription("The current tier's body grants an extension (延期).")
                    .WithExample("disputes", "extend", "--id", "DC-2026-0101", "--actor", "M-1", "--role", "grid-mediator", "--reason", "a witness is away");
                disputes.AddCommand<DisputesListCommand>("list").WithDescription("List the stored cases.").WithExample("disputes", "list");
            });
            config.AddBranch("whatif", whatIf =>
            {
                whatIf.SetDescription("What a proposed rulebook would change, before the village votes on it.");
                whatIf.AddCommand<WhatIfCivilityCommand>("civility").WithDescription("Score a ledger export under the current and the proposed rulebook: who changes tier, the transition matrix, whose benefits change.")
                    .WithExample("whatif", "civility", "--entries", "samples/entries.csv", "--current", "samples/civility-rulebook.json", "--proposed", "samples/civility-rulebook-proposed.json", "--as-of", "2026-06-30");
                whatIf.AddCommand<WhatIfGovernanceCommand>("governance").WithDescription("Replay the cases under the current and the proposed ladder and calendar: each open case's next deadline, old and new.")
                    .WithExample("whatif", "governance", "--cases", "samples/cases.json", "--proposed", "governance-2027.json");
                whatIf.AddCommand<WhatIfEconomyCommand>("economy").WithDescription("Distribute one year's income under the current and the proposed plan: per recipient, to the fen.")
                    .WithExample("whatif", "economy", "--plan", "cai-village", "--proposed-plan", "tianyuan-guiju", "--register", "samples/register.csv", "--patronage", "samples/patronage.csv", "--income", "3160000", "--year", "2026");
            });
            config.AddCommand<DiffCommand>("diff").WithDescription("What changed between two versions of a rulebook: the public notice (公示) in Chinese or English, or JSON.")
                .WithExample("diff", "samples/civility-rulebook.json", "samples/civility-rulebook-proposed.json", "--lang", "zh-CN");
            config.AddCommand<SchemaCommand>("schema").WithDescription("Write the JSON schema of a kind of document the packages load.")
                .WithExample("schema", "civility-rulebook", "--out", "civility-rulebook.schema.json");
            config.AddCommand<PatrolCommand>("patrol").WithDescription("Roll grid patrol records up the hierarchy for an ISO week or a month, with the trend and the rising units.")
                .WithExample("patrol", "--log", "samples/patrols.csv", "--week", "2026-W40");
            config.AddCommand<HierarchyCommand>("hierarchy").WithDescription("Show the hierarchy as a tree, optionally under a unit and with a measure rolled up.")
                .WithExample("hierarchy", "--under", "大王镇");
        });

        try
        {
            return app.Run(args);
        }
        catch (UnusableInputException exception)
        {
            return Fail(error, args, exception.Message);
        }
        catch (CommandAppException exception)
        {
            return Fail(error, args, exception.Message);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions ErrorJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static int Fail(TextWriter error, string[] args, string message)
    {
        // One line, never wrapped or marked up, whatever the terminal: scripts grep it.
        var line = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (args.Contains("--json", StringComparer.Ordinal))
        {
            error.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { error = new { exitCode = ExitCodes.UnusableInput, message = line } }, ErrorJson));
        }
        else
        {
            error.WriteLine($"error: {line}");
        }

        return ExitCodes.UnusableInput;
    }
}
