using Ruicheng.Cli.Commands;
using Ruicheng.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli;

/// <summary>Builds the command tree; the console is injected so that tests run every command in-process.</summary>
internal static class RuichengApp
{
    public static int Run(IAnsiConsole console, string[] args)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("ruicheng");
            config.ConfigureConsole(console);
            config.PropagateExceptions();
            config.AddCommand<DemoCommand>("demo").WithDescription("Run the built-in Ruicheng County scenario end to end.").WithExample("demo");
            config.AddCommand<ValidateCommand>("validate").WithDescription("Validate a rulebook or hierarchy file: every error at once, with JSON paths.").WithExample("validate", "samples/civility-rulebook.json");
            config.AddCommand<ScoreCommand>("score").WithDescription("Score a civility-points ledger export (CSV) into credit tiers.")
                .WithExample("score", "--rulebook", "samples/civility-rulebook.json", "--entries", "samples/entries.csv", "--as-of", "2026-06-30");
            config.AddCommand<DistributeCommand>("distribute").WithDescription("Distribute a cooperative's income by its plan, every fen explained.")
                .WithExample("distribute", "--plan", "cai-village", "--register", "samples/register.csv", "--income", "3160000", "--year", "2026");
            config.AddBranch("disputes", disputes =>
            {
                disputes.SetDescription("Dispute workflow jobs.");
                disputes.AddCommand<DisputesTickCommand>("tick").WithDescription("List the dispute deadlines due at an instant, applying each once.")
                    .WithExample("disputes", "tick", "--cases", "samples/cases.json", "--now", "2026-10-20T09:00+08:00");
            });
            config.AddCommand<HierarchyCommand>("hierarchy").WithDescription("Show the hierarchy as a tree, optionally under a unit and with a measure rolled up.")
                .WithExample("hierarchy", "--under", "大王镇");
        });

        try
        {
            return app.Run(args);
        }
        catch (UnusableInputException exception)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.UnusableInput;
        }
        catch (CommandAppException exception)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.UnusableInput;
        }
    }
}
