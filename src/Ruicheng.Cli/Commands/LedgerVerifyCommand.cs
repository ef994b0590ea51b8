using Ruicheng.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng ledger verify</c>: reads a stored ledger and verifies its whole chain against the kept head.</summary>
internal sealed class LedgerVerifyCommand(IAnsiConsole console) : AsyncCommand<LedgerSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LedgerSettings settings, CancellationToken cancellationToken)
    {
        var (_, opened) = await Ledgers.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            Output.Json(console, new
            {
                ledger = settings.Ledger,
                valid = opened.IsSuccess,
                entries = opened.IsSuccess ? opened.Value.Entries.Count : (int?)null,
                head = opened.IsSuccess ? Convert.ToHexStringLower(opened.Value.Head.AsSpan()) : null,
                violations = opened.Violations.Select(Output.ViolationShape),
            });
        }
        else if (opened.IsSuccess)
        {
            console.MarkupLine(Texts.Say(settings.Culture, "cli.ledger.verified", ("ledger", settings.Ledger), ("entries", opened.Value.Entries.Count), ("head", Convert.ToHexStringLower(opened.Value.Head.AsSpan()))));
        }
        else
        {
            Output.Violations(console, settings.Store, opened.Violations, settings.Culture);
        }

        return opened.IsSuccess ? ExitCodes.Success : ExitCodes.RulesBroken;
    }
}
