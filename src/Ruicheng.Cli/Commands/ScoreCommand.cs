using System.ComponentModel;
using System.Runtime.InteropServices;
using NodaTime.Text;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng score</c>: streaming batch scoring of a ledger export into credit tiers.</summary>
internal sealed class ScoreCommand(IAnsiConsole console) : Command<ScoreCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandOption("--rulebook <FILE>")]
        [Description("The Civility rulebook (JSON). Default: the built-in Ruicheng rulebook.")]
        public string? Rulebook { get; init; }

        [CommandOption("--entries <FILE>")]
        [Description("The ledger export: CSV with header resident,rule,date,quantity.")]
        public string Entries { get; init; } = string.Empty;

        [CommandOption("--as-of <DATE>")]
        [Description("The scoring date, yyyy-MM-dd.")]
        public string AsOf { get; init; } = string.Empty;

        [CommandOption("--out <FILE>")]
        [Description("Write resident,score,tier to this CSV (atomically).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var asOf = LocalDatePattern.Iso.Parse(settings.AsOf);
        if (!asOf.Success)
        {
            throw new UnusableInputException($"--as-of: '{settings.AsOf}' is not a date (yyyy-MM-dd)");
        }

        var rulebookText = settings.Rulebook is null ? CivilityRulebookFile.RuichengJsonText : Output.ReadFile(settings.Rulebook, "--rulebook");
        var rulebook = CivilityRulebookFile.Load(rulebookText);
        if (rulebook.IsFailure)
        {
            var file = settings.Rulebook ?? "built-in rulebook";
            var first = rulebook.FirstViolation;
            throw UnusableInputException.At(file, first.Path, $"not a valid civility rulebook ({first.Code}: {first.Message}); run 'ruicheng validate {file}' for every error");
        }

        var scorer = new CivilityScorer(rulebook.Value);
        if (!File.Exists(settings.Entries))
        {
            throw UnusableInputException.At(settings.Entries, "-", "--entries: file not found");
        }

        var export = Read(settings, scorer);
        var ledger = ScoringLedger.FromUnsorted(
            export.Residents.Count, CollectionsMarshal.AsSpan(export.Resident), CollectionsMarshal.AsSpan(export.Rule),
            CollectionsMarshal.AsSpan(export.Day), CollectionsMarshal.AsSpan(export.Points));
        var scores = new long[export.Residents.Count];
        var tiers = new CreditTier[export.Residents.Count];
        scorer.ScoreBatch(ledger, asOf.Value, scores, tiers, []);

        if (settings.Out is { } output)
        {
            AtomicFile.Write(output, writer =>
            {
                writer.WriteLine("resident,score,tier");
                for (var i = 0; i < scores.Length; i++)
                {
                    writer.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{export.Residents[i]},{scores[i]},{tiers[i]}"));
                }
            });
        }

        var histogram = Enum.GetValues<CreditTier>().Reverse().ToDictionary(t => t.ToString(), t => tiers.Count(x => x == t));
        if (settings.Json)
        {
            Output.Json(console, new
            {
                entries = ledger.EntryCount,
                residents = scores.Length,
                asOf = settings.AsOf,
                tiers = histogram,
                rejected = export.Rejected.Select(r => new { line = r.Line, reason = r.Reason }),
                output = settings.Out,
            });
        }
        else
        {
            Render(settings, export, ledger, histogram);
        }

        return export.Rejected.Count > 0 ? ExitCodes.RulesBroken : ExitCodes.Success;
    }

    private LedgerExport Read(Settings settings, CivilityScorer scorer)
    {
        var large = new FileInfo(settings.Entries).Length > 8 * 1024 * 1024;
        if (!large || settings.Json || !console.Profile.Capabilities.Interactive)
        {
            return LedgerExport.Read(settings.Entries, scorer, null);
        }

        LedgerExport? export = null;
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask($"reading {Path.GetFileName(settings.Entries)}", maxValue: 1);
            export = LedgerExport.Read(settings.Entries, scorer, fraction => task.Value = fraction);
        });
        return export!;
    }

    private void Render(Settings settings, LedgerExport export, ScoringLedger ledger, Dictionary<string, int> histogram)
    {
        console.MarkupLineInterpolated($"Scored [bold]{ledger.EntryCount:N0}[/] entries of [bold]{export.Residents.Count:N0}[/] residents as of {settings.AsOf}.");
        var chart = new BarChart().Label("Residents per credit tier").Width(60);
        foreach (var (tier, count) in histogram)
        {
            chart.AddItem(tier, count, tier.StartsWith("AA", StringComparison.Ordinal) ? Color.Green : tier is "A" or "B" ? Color.Yellow : Color.Red);
        }

        console.Write(chart);
        if (settings.Out is not null)
        {
            console.MarkupLineInterpolated($"Wrote {settings.Out}.");
        }

        if (export.Rejected.Count > 0)
        {
            var table = new Table().Title($"[red]{export.Rejected.Count:N0} rows rejected[/]").AddColumns("Line", "Reason");
            foreach (var (line, reason) in export.Rejected.Take(20))
            {
                table.AddRow(line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(reason));
            }

            console.Write(table);
            if (export.Rejected.Count > 20)
            {
                console.MarkupLineInterpolated($"… and {export.Rejected.Count - 20:N0} more (use --json for all).");
            }
        }
    }
}
