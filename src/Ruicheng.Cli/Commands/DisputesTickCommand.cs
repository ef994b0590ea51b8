using System.Globalization;
using System.ComponentModel;
using NodaTime;
using NodaTime.Text;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng disputes tick</c>: the deadlines due at an instant, each applied once.</summary>
internal sealed class DisputesTickCommand(IAnsiConsole console) : AsyncCommand<DisputesTickCommand.Settings>
{
    private static readonly OffsetDateTimePattern[] Patterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    internal sealed class Settings : StoreSettings
    {
        [CommandOption("--rulebook <FILE>")]
        [Description("The Governance rulebook (JSON). Default: the built-in Ruicheng rulebook.")]
        public string? Rulebook { get; init; }

        [CommandOption("--cases <FILE>")]
        [Description("The open cases (JSON), replayed and ticked without keeping state. Without it, the cases in the store (--store) are ticked and saved, so a second tick fires nothing.")]
        public string? Cases { get; init; }

        [CommandOption("--now <INSTANT>")]
        [Description("Required. The instant to tick at, e.g. 2026-07-01T09:00+08:00.")]
        public string Now { get; init; } = string.Empty;

        [CommandOption("--calendar <FILE>")]
        [Description("A calendar-year file to merge into the rulebook (a year its calendar does not cover yet); repeatable.")]
        public string[] Calendars { get; init; } = [];

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--now", Now));
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var now = Patterns.Select(p => p.Parse(settings.Now)).FirstOrDefault(r => r.Success)?.Value.ToInstant()
            ?? throw new UnusableInputException($"--now: '{settings.Now}' is not an instant such as 2026-07-01T09:00+08:00");
        if (!CivilTime.IsSupported(CivilTime.DateOf(now)))
        {
            throw new UnusableInputException($"--now: '{settings.Now}' is outside {CivilTime.EarliestDate:uuuu-MM-dd}..{CivilTime.LatestDate:uuuu-MM-dd}");
        }

        var rulebookText = settings.Rulebook is null ? GovernanceRulebookFile.RuichengJsonText : Output.ReadFile(settings.Rulebook, "--rulebook");
        var rulebook = GovernanceRulebookFile.Load(rulebookText).Bind(r => CalendarYears.Merge(r, settings.Calendars));
        if (rulebook.IsFailure)
        {
            Output.Violations(console, settings.Rulebook ?? "built-in", rulebook.Violations, settings.Culture);
            return ExitCodes.RulesBroken;
        }

        if (settings.Cases is null)
        {
            return await TickStoreAsync(settings, rulebook.Value, now, cancellationToken).ConfigureAwait(false);
        }

        var (cases, violations) = CasesFile.Read(settings.Cases, rulebook.Value);
        var outcomes = DisputeTicker.Tick(cases, now);
        var due = outcomes.SelectMany(o => o.Fired).ToList();
        if (settings.Json)
        {
            Output.Json(console, new
            {
                now = settings.Now,
                cases = cases.Count,
                due = due.Select(d => new { @case = d.Case.Value, tier = d.Tier, deadline = d.Deadline, deadlineLocal = CivilTime.Describe(d.Deadline), escalatesTo = d.ToTier }),
                after = outcomes.Select((o, i) => new
                {
                    @case = o.Case.Id.Value,
                    state = o.Case.State.ToString(),
                    tier = o.Case.TierId,
                    deadline = o.Case.Deadline,
                    deadlineLocal = o.Case.Deadline is { } deadline ? CivilTime.Describe(deadline) : null,
                    deadlineExplanation = o.Case.DeadlineExplanation?.Steps.Select(s => s.ToString()),
                    audit = o.Case.Audit.Skip(cases[i].Audit.Length).Select(a => new
                    {
                        at = a.At,
                        trigger = a.Trigger.ToString(),
                        from = a.FromTier,
                        to = a.ToTier,
                        reason = a.Reason,
                        explanation = a.Explanation?.Steps.Select(s => s.ToString()),
                    }),
                }),
                rejected = violations.Select(Output.ViolationShape),
                refused = outcomes.SelectMany(o => o.Refused.Select(r => new { @case = o.Case.Id.Value, code = r.Code.Value, message = r.Message })),
            });
        }
        else
        {
            var table = new Table().Title(Texts.Say(settings.Culture, "cli.tick.title", ("now", settings.Now))).AddColumns(Texts.Plain(settings.Culture, "cli.column.case"), Texts.Plain(settings.Culture, "cli.column.tier"), Texts.Plain(settings.Culture, "cli.column.deadline"), Texts.Plain(settings.Culture, "cli.column.then"));
            foreach (var d in due)
            {
                table.AddRow(
                    Markup.Escape(d.Case.Value), Markup.Escape(d.Tier), CivilTime.Describe(d.Deadline),
                    d.ToTier is null ? "[red]overdue[/]" : $"escalates to {Markup.Escape(d.ToTier)}");
            }

            console.Write(table);
            var casesDue = due.Select(d => d.Case).Distinct().Count();
            console.MarkupLine(Texts.Say(settings.Culture, "cli.tick.summary", ("due", due.Count), ("casesDue", casesDue), ("cases", cases.Count)));
            foreach (var outcome in outcomes.Where(o => !o.Refused.IsEmpty))
            {
                foreach (var refusal in outcome.Refused)
                {
                    console.MarkupLine(Texts.Say(settings.Culture, "cli.tick.not-escalated", ("case", outcome.Case.Id.Value), ("reason", Texts.Catalog.DescribeMessage(refusal, settings.Culture))));
                }
            }
            if (violations.Count > 0)
            {
                Output.Violations(console, settings.Cases, violations, settings.Culture);
            }
        }

        return violations.Count > 0 ? ExitCodes.RulesBroken : ExitCodes.Success;
    }

    /// <summary>Ticks the stored cases due at <paramref name="now"/> and saves them; what fired is stored, so it never fires twice.</summary>
    private async Task<int> TickStoreAsync(Settings settings, Ruicheng.Governance.Rulebooks.GovernanceRulebook rulebook, NodaTime.Instant now, CancellationToken cancellationToken)
    {
        var builtIn = Ruicheng.Governance.Rulebooks.GovernanceRulebookFile.LoadRuicheng();
        var registry = Ruicheng.Primitives.Rulebooks.RulebookRegistry<Ruicheng.Governance.Rulebooks.GovernanceRulebook>.Create(
            rulebook.Header.Reference == builtIn.Header.Reference ? [rulebook] : [rulebook, builtIn]).Value;
        var store = await Stores.OpenAsync(settings.Store, cancellationToken).ConfigureAwait(false);
        var (outcomes, problems) = await store.Disputes.TickAsync(now, registry, cancellationToken).ConfigureAwait(false);
        var due = outcomes.SelectMany(o => o.Fired).ToList();
        if (settings.Json)
        {
            Output.Json(console, new
            {
                now = settings.Now,
                store = settings.Store.Contains('=', StringComparison.Ordinal) ? "postgresql" : settings.Store,
                due = due.Select(d => new { @case = d.Case.Value, tier = d.Tier, deadline = d.Deadline, deadlineLocal = CivilTime.Describe(d.Deadline), escalatesTo = d.ToTier }),
                after = outcomes.Select(o => new { @case = o.Case.Id.Value, state = o.Case.State.ToString(), tier = o.Case.TierId, deadline = o.Case.Deadline }),
                refused = outcomes.SelectMany(o => o.Refused.Select(r => new { @case = o.Case.Id.Value, code = r.Code.Value, message = r.Message })),
                problems = problems.Select(Output.ViolationShape),
            });
        }
        else
        {
            var table = new Table().Title(Texts.Say(settings.Culture, "cli.tick.title.stored", ("now", settings.Now))).AddColumns(Texts.Plain(settings.Culture, "cli.column.case"), Texts.Plain(settings.Culture, "cli.column.tier"), Texts.Plain(settings.Culture, "cli.column.deadline"), Texts.Plain(settings.Culture, "cli.column.then"));
            foreach (var d in due)
            {
                table.AddRow(Markup.Escape(d.Case.Value), Markup.Escape(d.Tier), CivilTime.Describe(d.Deadline), d.ToTier is null ? "[red]overdue[/]" : $"escalates to {Markup.Escape(d.ToTier)}");
            }

            console.Write(table);
            console.MarkupLine(Texts.Say(settings.Culture, "cli.tick.stored.summary", ("due", due.Count), ("cases", outcomes.Length)));
            if (!problems.IsEmpty)
            {
                Output.Violations(console, settings.Store, problems, settings.Culture);
            }
        }

        return problems.IsEmpty ? ExitCodes.Success : ExitCodes.RulesBroken;
    }
}
