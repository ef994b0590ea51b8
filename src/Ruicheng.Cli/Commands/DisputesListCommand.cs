using System.ComponentModel;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Governance.Disputes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng disputes list</c>: the stored cases, from the store's columns, in id order.</summary>
internal sealed class DisputesListCommand(IAnsiConsole console) : AsyncCommand<DisputesListCommand.Settings>
{
    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--state <STATE>")]
        [Description("Only cases in this state: Reported, InMediation, MediationFailed, Settled, ReferredToCourt, Declined, Withdrawn or Closed.")]
        public string? State { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        DisputeState? state = settings.State is null ? null
            : Enum.TryParse<DisputeState>(settings.State, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s
            : throw new UnusableInputException($"--state: '{settings.State}' is not one of {string.Join(", ", Enum.GetNames<DisputeState>())}");
        var store = await Stores.OpenAsync(settings.Store, cancellationToken).ConfigureAwait(false);
        var cases = await store.Disputes.ListAsync(state, cancellationToken).ConfigureAwait(false);
        if (settings.Json)
        {
            Output.Json(console, new
            {
                cases = cases.Select(c => new
                {
                    id = c.Id.Value, caseType = c.CaseType, unit = c.Unit.Value, state = c.State.ToString(), tier = c.TierId,
                    reportedAt = c.ReportedAt, deadline = c.Deadline, deadlineLocal = c.Deadline is { } d ? CivilTime.Describe(d) : null, version = c.Version,
                }),
            });
            return ExitCodes.Success;
        }

        var culture = settings.Culture;
        var table = new Table().AddColumns(Texts.Plain(culture, "cli.column.case"), Texts.Plain(culture, "cli.column.type"), Texts.Plain(culture, "cli.column.unit"), Texts.Plain(culture, "cli.column.state"), Texts.Plain(culture, "cli.column.tier"), Texts.Plain(culture, "cli.column.deadline"));
        foreach (var c in cases)
        {
            table.AddRow(Markup.Escape(c.Id.Value), Markup.Escape(c.CaseType), Markup.Escape(c.Unit.Value), c.State.ToString(), Markup.Escape(c.TierId ?? "-"), c.Deadline is { } d ? CivilTime.Describe(d) : "-");
        }

        console.Write(table);
        console.MarkupLine(Texts.Say(culture, "cli.disputes.count", ("count", cases.Length)));
        return ExitCodes.Success;
    }
}
