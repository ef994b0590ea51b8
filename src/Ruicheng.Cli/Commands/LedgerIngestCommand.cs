using System.ComponentModel;
using NodaTime;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>
/// <c>ruicheng ledger ingest</c>: drafts from a CSV into a stored ledger — opened and verified, ingested (each row
/// appended, a duplicate, or rejected with its line), and appended in one transaction. Running it twice appends nothing new.
/// </summary>
internal sealed class LedgerIngestCommand(IAnsiConsole console, IClock clock) : AsyncCommand<LedgerIngestCommand.Settings>
{
    internal sealed class Settings : LedgerSettings
    {
        [CommandOption("--drafts <FILE>")]
        [Description("Required. The drafts (CSV): resident,source,kind,rule,date,quantity[,review]; kind is award, deduction or redemption.")]
        public string Drafts { get; init; } = string.Empty;

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--key", Key), ("--drafts", Drafts));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (drafts, unreadable) = DraftsCsv.Read(settings.Drafts, clock.GetCurrentInstant());
        var (store, opened) = await Ledgers.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        if (opened.IsFailure)
        {
            Output.Violations(console, settings.Store, opened.Violations, settings.Culture);
            return ExitCodes.RulesBroken;
        }

        var ledger = opened.Value;
        var report = ledger.Ingest(drafts.Select(d => d.Draft));
        var appended = await store.Ledgers.AppendAsync(settings.Ledger, ledger, cancellationToken).ConfigureAwait(false);
        if (appended.IsFailure)
        {
            Output.Violations(console, settings.Store, appended.Violations, settings.Culture);
            return ExitCodes.RulesBroken;
        }

        // The ledger numbers rejections by draft position; the user needs the CSV line.
        var rejected = unreadable.Concat(report.Rejected.Select(v =>
        {
            var position = int.Parse(v.Path.AsSpan(1, v.Path.Length - 2), System.Globalization.CultureInfo.InvariantCulture);
            return RuleViolation.At(v.Code, $"line {drafts[position].Line}", v.Message, v.AttemptedValue, [.. v.Figures]);
        })).ToList();
        if (settings.Json)
        {
            Output.Json(console, new
            {
                ledger = settings.Ledger,
                appended = appended.Value,
                duplicates = report.Duplicates.Length,
                rejected = rejected.Select(Output.ViolationShape),
                entries = ledger.Entries.Count,
                head = Convert.ToHexStringLower(ledger.Head.AsSpan()),
            });
        }
        else
        {
            console.MarkupLine(Texts.Say(settings.Culture, "cli.ledger.ingested", ("ledger", settings.Ledger), ("appended", appended.Value), ("duplicates", report.Duplicates.Length), ("rejected", rejected.Count), ("entries", ledger.Entries.Count), ("head", Convert.ToHexStringLower(ledger.Head.AsSpan())[..16])));
            if (rejected.Count > 0)
            {
                Output.Violations(console, settings.Drafts, rejected, settings.Culture);
            }
        }

        return rejected.Count > 0 ? ExitCodes.RulesBroken : ExitCodes.Success;
    }
}
