using System.ComponentModel;
using System.Globalization;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.WhatIf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng whatif governance</c>: open cases' next deadlines under the current and the proposed ladder and calendar.</summary>
internal sealed class WhatIfGovernanceCommand(IAnsiConsole console) : Command<WhatIfGovernanceCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandOption("--cases <FILE>")]
        [Description("Required. The cases file (as for 'disputes tick'): each case is replayed under both rulebooks.")]
        public string Cases { get; init; } = string.Empty;

        [CommandOption("--current <FILE>")]
        [Description("The Governance rulebook in force. Default: the built-in Ruicheng rulebook.")]
        public string? Current { get; init; }

        [CommandOption("--proposed <FILE>")]
        [Description("Required. The proposed Governance rulebook.")]
        public string Proposed { get; init; } = string.Empty;

        [CommandOption("--calendar <FILE>")]
        [Description("A calendar-year file merged into both rulebooks; repeatable.")]
        public string[] Calendars { get; init; } = [];

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--cases", Cases), ("--proposed", Proposed));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var current = Load(settings.Current, "--current", settings.Calendars);
        var proposed = Load(settings.Proposed, "--proposed", settings.Calendars);
        var (before, refusedBefore) = CasesFile.Read(settings.Cases, current);
        var (after, refusedAfter) = CasesFile.Read(settings.Cases, proposed);
        var cases = DeadlineWhatIf.Compare(before, after);
        if (settings.Json)
        {
            Output.Json(console, new
            {
                current = current.Header.Reference.ToString(),
                proposed = proposed.Header.Reference.ToString(),
                cases = cases.Select(c => new
                {
                    @case = c.Case.Value,
                    stateBefore = c.StateBefore?.ToString(), tierBefore = c.TierBefore, deadlineBefore = c.DeadlineBefore, deadlineBeforeLocal = c.DeadlineBefore is { } b ? CivilTime.Describe(b) : null,
                    stateAfter = c.StateAfter?.ToString(), tierAfter = c.TierAfter, deadlineAfter = c.DeadlineAfter, deadlineAfterLocal = c.DeadlineAfter is { } a ? CivilTime.Describe(a) : null,
                    shiftHours = c.Shift?.TotalHours,
                    changes = c.Changes,
                }),
                refusedUnderCurrent = refusedBefore.Select(Output.ViolationShape),
                refusedUnderProposed = refusedAfter.Select(Output.ViolationShape),
            });
        }
        else
        {
            var culture = settings.Culture;
            var table = new Table().Title(Markup.Escape(Texts.Plain(culture, "cli.whatif.governance.title", ("current", current.Header.Reference), ("proposed", proposed.Header.Reference))))
                .AddColumns(Texts.Plain(culture, "cli.column.case"), Texts.Plain(culture, "cli.column.state"), Texts.Plain(culture, "cli.column.tier"), Texts.Plain(culture, "cli.column.now"), Texts.Plain(culture, "cli.column.proposed"), Texts.Plain(culture, "cli.column.shift"));
            foreach (var c in cases)
            {
                table.AddRow(
                    Markup.Escape(c.Case.Value), Markup.Escape(c.StateAfter?.ToString() ?? c.StateBefore?.ToString() ?? "-"), Markup.Escape(c.TierAfter ?? c.TierBefore ?? "-"),
                    c.DeadlineBefore is { } b ? CivilTime.Describe(b) : "-", c.DeadlineAfter is { } a ? CivilTime.Describe(a) : "-",
                    c.Shift is { } shift ? (shift.TotalHours > 0 ? "[yellow]+" : shift.TotalHours < 0 ? "[red]" : "[grey]") + shift.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h[/]" : "·");
            }

            console.Write(table);
            console.MarkupLine(Texts.Say(culture, "cli.whatif.governance.summary", ("changed", cases.Count(x => x.Changes)), ("total", cases.Length)));
            if (refusedBefore.Count + refusedAfter.Count > 0)
            {
                Output.Violations(console, settings.Cases, refusedBefore.Concat(refusedAfter), settings.Culture);
            }
        }

        return refusedBefore.Count + refusedAfter.Count > 0 ? ExitCodes.RulesBroken : ExitCodes.Success;
    }

    private static GovernanceRulebook Load(string? file, string option, IReadOnlyList<string> calendars)
    {
        var loaded = GovernanceRulebookFile.Load(file is null ? GovernanceRulebookFile.RuichengJsonText : Output.ReadFile(file, option)).Bind(r => CalendarYears.Merge(r, calendars));
        return loaded.IsSuccess
            ? loaded.Value
            : throw UnusableInputException.At(file ?? "built-in rulebook", loaded.FirstViolation.Path, $"not a valid governance rulebook ({loaded.FirstViolation.Code}: {loaded.FirstViolation.Message}); run 'ruicheng validate {file}' for every error");
    }
}
