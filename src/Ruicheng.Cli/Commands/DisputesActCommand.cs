using NodaTime;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Governance.Disputes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>
/// A step on a stored case — accept, settle, fail or extend: load it (with the rulebook version it was opened under),
/// apply the step, save it with optimistic concurrency. A step the rules refuse is exit 1 with every reason.
/// </summary>
internal abstract class DisputesActCommand(IAnsiConsole console, IClock clock) : AsyncCommand<DisputeActSettings>
{
    protected abstract Result<DisputeCase> Act(DisputeCase c, Actor actor, Instant at, string? reason);

    public override async Task<int> ExecuteAsync(CommandContext context, DisputeActSettings settings, CancellationToken cancellationToken)
    {
        var (_, registry) = DisputeStores.Rulebooks(settings);
        var id = DisputeStores.CaseId(settings.Id);
        var actor = DisputeStores.Actor(settings.Actor, settings.Role, settings.Household);
        var at = DisputeStores.At(settings.At, "--at", clock);
        var store = await Stores.OpenAsync(settings.Store, cancellationToken).ConfigureAwait(false);
        var loaded = await store.Disputes.LoadAsync(id, registry, cancellationToken).ConfigureAwait(false);
        var acted = loaded.Bind(stored => Act(stored.Case, actor, at, settings.Reason));
        var saved = acted.IsSuccess ? await store.Disputes.SaveAsync(acted.Value, loaded.Value.Version, cancellationToken).ConfigureAwait(false) : acted.Map(_ => 0L);
        if (saved.IsFailure)
        {
            if (settings.Json)
            {
                Output.Json(console, new { id = id.Value, violations = saved.Violations.Select(Output.ViolationShape) });
            }
            else
            {
                Output.Violations(console, id.Value, saved.Violations, settings.Culture);
            }

            return ExitCodes.RulesBroken;
        }

        if (settings.Json)
        {
            Output.Json(console, new { @case = DisputeStores.Shape(acted.Value), version = saved.Value });
        }
        else
        {
            var c = acted.Value;
            console.MarkupLine(Texts.Say(settings.Culture, "cli.disputes.acted", ("case", c.Id.Value), ("state", c.State), ("tier", c.TierId ?? "-"),
                ("due", c.Deadline is { } d ? Texts.Plain(settings.Culture, "cli.disputes.due", ("deadline", CivilTime.Describe(d))) : string.Empty), ("version", saved.Value)));
        }

        return ExitCodes.Success;
    }
}

/// <summary><c>ruicheng disputes accept</c>: the entry tier's body accepts a stored case (受理).</summary>
internal sealed class DisputesAcceptCommand(IAnsiConsole console, IClock clock) : DisputesActCommand(console, clock)
{
    protected override Result<DisputeCase> Act(DisputeCase c, Actor actor, Instant at, string? reason) => c.Accept(actor, at);
}

/// <summary><c>ruicheng disputes settle</c>: the current tier's body records the agreement (the terms in <c>--reason</c>).</summary>
internal sealed class DisputesSettleCommand(IAnsiConsole console, IClock clock) : DisputesActCommand(console, clock)
{
    protected override Result<DisputeCase> Act(DisputeCase c, Actor actor, Instant at, string? reason) => c.RecordAgreement(actor, at, reason ?? string.Empty, seekCourtConfirmation: false);
}

/// <summary><c>ruicheng disputes fail</c>: the current tier's body records that mediation failed, with a reason.</summary>
internal sealed class DisputesFailCommand(IAnsiConsole console, IClock clock) : DisputesActCommand(console, clock)
{
    protected override Result<DisputeCase> Act(DisputeCase c, Actor actor, Instant at, string? reason) => c.RecordFailure(actor, at, reason ?? string.Empty);
}

/// <summary><c>ruicheng disputes extend</c>: the current tier's body grants an extension, with a reason.</summary>
internal sealed class DisputesExtendCommand(IAnsiConsole console, IClock clock) : DisputesActCommand(console, clock)
{
    protected override Result<DisputeCase> Act(DisputeCase c, Actor actor, Instant at, string? reason) => c.GrantExtension(actor, at, reason ?? string.Empty);
}
