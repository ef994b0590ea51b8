using System.ComponentModel;
using NodaTime;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Governance.Disputes;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng disputes report</c>: reports a new case into the store (a petition with <c>--claim</c>).</summary>
internal sealed class DisputesReportCommand(IAnsiConsole console, IClock clock) : AsyncCommand<DisputesReportCommand.Settings>
{
    internal sealed class Settings : DisputeStoreSettings
    {
        [CommandOption("--id <ID>")]
        [Description("Required. The new case's id.")]
        public string Id { get; init; } = string.Empty;

        [CommandOption("--type <TYPE>")]
        [Description("Required. The case type, e.g. neighbour, family, land-homestead, labour-wages, petition.")]
        public string Type { get; init; } = string.Empty;

        [CommandOption("--unit <UNIT>")]
        [Description("Required. Where it arose (a unit id, e.g. dawang.jinpen.g1).")]
        public string Unit { get; init; } = string.Empty;

        [CommandOption("--party <RESIDENT[:HOUSEHOLD]>")]
        [Description("Required. A party, with their household after a colon; repeatable.")]
        public string[] Parties { get; init; } = [];

        [CommandOption("--reporter <ID>")]
        [Description("Required. Who reports it.")]
        public string Reporter { get; init; } = string.Empty;

        [CommandOption("--role <ROLE>")]
        [Description("The reporter's role: grid-worker (default), resident, party, post-holder.")]
        public string Role { get; init; } = "grid-worker";

        [CommandOption("--summary <TEXT>")]
        [Description("What it is about.")]
        public string Summary { get; init; } = string.Empty;

        [CommandOption("--claim <KEY>")]
        [Description("For a petition: the claim's key, checked against the stored petitions.")]
        public string? Claim { get; init; }

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid :
            RequiredOptions.Check(("--id", Id), ("--type", Type), ("--unit", Unit), ("--party", Parties.Length == 0 ? null : "set"), ("--reporter", Reporter));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (rulebook, registry) = DisputeStores.Rulebooks(settings);
        var id = DisputeStores.CaseId(settings.Id);
        var unit = UnitId.TryFrom(settings.Unit, out var u) ? u : throw new UnusableInputException($"--unit: '{settings.Unit}' is not a unit id");
        var parties = settings.Parties.Select(p =>
        {
            var parts = p.Split(':', 2);
            return ResidentId.TryFrom(parts[0], out var resident)
                ? new DisputeParty(resident, parts.Length == 2 ? HouseholdId.TryFrom(parts[1], out var h) ? h : throw new UnusableInputException($"--party: '{parts[1]}' is not a household id") : null)
                : throw new UnusableInputException($"--party: '{parts[0]}' is not a resident id");
        }).ToList();
        var reporter = DisputeStores.Actor(settings.Reporter, settings.Role, null);
        var at = DisputeStores.At(settings.At, "--at", clock);
        var store = await Stores.OpenAsync(settings.Store, cancellationToken).ConfigureAwait(false);

        Result<DisputeCase> reported;
        if (rulebook.FindCaseType(settings.Type) is { IsPetition: true })
        {
            var prior = new List<DisputeCase>();
            foreach (var summary in await store.Disputes.ListAsync(null, cancellationToken).ConfigureAwait(false))
            {
                if (summary.CaseType == settings.Type && (await store.Disputes.LoadAsync(summary.Id, registry, cancellationToken).ConfigureAwait(false)).TryGetValue(out var stored))
                {
                    prior.Add(stored.Case);
                }
            }

            reported = DisputeCase.ReportPetition(rulebook, id, settings.Type, unit, parties, reporter, at, settings.Summary, settings.Claim, prior);
        }
        else
        {
            reported = DisputeCase.Report(rulebook, id, settings.Type, unit, parties, reporter, at, settings.Summary);
        }

        var saved = reported.IsSuccess ? await store.Disputes.SaveAsync(reported.Value, null, cancellationToken).ConfigureAwait(false) : reported.Map(_ => 0L);
        if (saved.IsFailure)
        {
            Output.Violations(console, id.Value, saved.Violations, settings.Culture);
            return ExitCodes.RulesBroken;
        }

        if (settings.Json)
        {
            Output.Json(console, new { @case = DisputeStores.Shape(reported.Value), version = saved.Value });
        }
        else
        {
            console.MarkupLine(Texts.Say(settings.Culture, "cli.disputes.reported", ("case", id.Value), ("deadline", CivilTime.Describe(reported.Value.AcceptanceDeadline)), ("handler", reported.Value.HandlerFor(DisputeTrigger.Accept))));
        }

        return ExitCodes.Success;
    }
}
