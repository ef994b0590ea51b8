using System.ComponentModel;
using Ruicheng.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng ledger balance</c>: a resident's balance and spendable balance in a stored (verified) ledger.</summary>
internal sealed class LedgerBalanceCommand(IAnsiConsole console) : AsyncCommand<LedgerBalanceCommand.Settings>
{
    internal sealed class Settings : LedgerSettings
    {
        [CommandOption("--resident <ID>")]
        [Description("Required. The resident.")]
        public string Resident { get; init; } = string.Empty;

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--key", Key), ("--resident", Resident));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!ResidentId.TryFrom(settings.Resident, out var resident))
        {
            throw new UnusableInputException($"--resident: '{settings.Resident}' is not a resident id");
        }

        var (_, opened) = await Ledgers.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        if (opened.IsFailure)
        {
            Output.Violations(console, settings.Store, opened.Violations, settings.Culture);
            return ExitCodes.RulesBroken;
        }

        var ledger = opened.Value;
        var (balance, spendable, entries) = (ledger.Balance(resident), ledger.SpendableBalance(resident), ledger.EntriesOf(resident).Count);
        if (settings.Json)
        {
            Output.Json(console, new { ledger = settings.Ledger, resident = resident.Value, entries, balance, spendable });
        }
        else
        {
            console.MarkupLine(Texts.Say(settings.Culture, "cli.ledger.balance", ("resident", resident.Value), ("entries", entries), ("balance", balance), ("spendable", spendable), ("ledger", settings.Ledger)));
        }

        return ExitCodes.Success;
    }
}
