using System.ComponentModel;
using System.Globalization;
using NodaTime.Text;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.Civility.WhatIf;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Cli.Inputs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary>
/// <c>ruicheng whatif civility</c>: a ledger export scored under the current and the proposed rulebook (the same
/// scoring as <c>ruicheng score</c>, twice) — who changes tier, the transition matrix, whose benefits change.
/// </summary>
internal sealed class WhatIfCivilityCommand(IAnsiConsole console) : Command<WhatIfCivilityCommand.Settings>
{
    internal sealed class Settings : JsonSettings
    {
        [CommandOption("--entries <FILE>")]
        [Description("Required. The ledger export: CSV with header resident,rule,date,quantity.")]
        public string Entries { get; init; } = string.Empty;

        [CommandOption("--current <FILE>")]
        [Description("The Civility rulebook in force. Default: the built-in Ruicheng rulebook.")]
        public string? Current { get; init; }

        [CommandOption("--proposed <FILE>")]
        [Description("Required. The proposed Civility rulebook.")]
        public string Proposed { get; init; } = string.Empty;

        [CommandOption("--as-of <DATE>")]
        [Description("Required. The scoring date, yyyy-MM-dd.")]
        public string AsOf { get; init; } = string.Empty;

        [CommandOption("--vetoes <FILE>")]
        [Description("Vetoes: CSV resident,code,date (codes of the current rulebook); a code the proposed rulebook lacks caps nothing under it. Rows dated after --as-of do not apply.")]
        public string? Vetoes { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Write resident,score_before,tier_before,score_after,tier_after,benefits_change for every resident (ordinal order), atomically.")]
        public string? Out { get; init; }

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--entries", Entries), ("--proposed", Proposed), ("--as-of", AsOf));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var asOf = LocalDatePattern.Iso.Parse(settings.AsOf);
        if (!asOf.Success || !CivilTime.IsSupported(asOf.Value))
        {
            throw new UnusableInputException($"--as-of: '{settings.AsOf}' is not {CsvFields.DateRule}");
        }

        var current = Load(settings.Current, "--current");
        var proposed = Load(settings.Proposed, "--proposed");
        if (!File.Exists(settings.Entries))
        {
            throw UnusableInputException.At(settings.Entries, "-", "--entries: file not found");
        }

        if (settings.Out is { } outPath)
        {
            AtomicFile.Check(outPath, "--out");
        }

        var vetoes = settings.Vetoes is { } vetoFile ? VetoesCsv.Read(vetoFile, current) : new VetoesCsv();
        // One read: each row parsed once and checked against both rulebooks.
        var export = LedgerExport.Read(settings.Entries, [new CivilityScorer(current), new CivilityScorer(proposed)], null);
        var subjects = export.Residents.Concat(vetoes.Vetoes.Select(v => v.Resident)).Distinct(StringComparer.Ordinal).ToList();
        var before = Score(export.Views[0], subjects, vetoes, asOf.Value);
        var after = Score(export.Views[1], subjects, vetoes, asOf.Value);
        var withoutProposedRule = export.Views[1].Rejected.Select(r => r.Line).Except(export.Views[0].Rejected.Select(r => r.Line)).Count();
        var whatIf = CivilityWhatIf.FromScores(subjects, before.Scores, before.Tiers, current.Credit, after.Scores, after.Tiers, proposed.Credit, withoutProposedRule);
        var rejected = export.Views[0].Rejected.Concat(vetoes.Rejected).ToList();

        if (settings.Out is { } output)
        {
            AtomicFile.Write(output, "--out", writer =>
            {
                writer.WriteLine("resident,score_before,tier_before,score_after,tier_after,benefits_change");
                foreach (var r in whatIf.Residents)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{CsvText.Field(r.Subject)},{r.ScoreBefore},{r.TierBefore},{r.ScoreAfter},{r.TierAfter},{(r.BenefitsChange ? "yes" : "no")}"));
                }
            });
        }

        var tiers = Enum.GetValues<CreditTier>().Reverse().ToArray();
        if (settings.Json)
        {
            Output.Json(console, new
            {
                asOf = settings.AsOf,
                current = current.Header.Reference.ToString(),
                proposed = proposed.Header.Reference.ToString(),
                residents = whatIf.Residents.Length,
                tierChanges = whatIf.TierChangeCount,
                benefitsChanges = whatIf.BenefitsChangeCount,
                entriesWithoutProposedRule = whatIf.EntriesWithoutProposedRule,
                transitions = tiers.ToDictionary(f => f.ToString(), f => tiers.ToDictionary(t => t.ToString(), t => whatIf.Transitions(f, t))),
                changes = whatIf.Residents.Where(r => r.TierChanges).Select(r => new { resident = r.Subject, scoreBefore = r.ScoreBefore, tierBefore = r.TierBefore.ToString(), scoreAfter = r.ScoreAfter, tierAfter = r.TierAfter.ToString(), benefitsChange = r.BenefitsChange }),
                rejected = rejected.Select(r => new { line = r.Line, reason = r.Reason }),
                output = settings.Out,
            });
        }
        else
        {
            Render(settings, whatIf, tiers, current, proposed, rejected.Count);
        }

        return rejected.Count > 0 ? ExitCodes.RulesBroken : ExitCodes.Success;
    }

    private void Render(Settings settings, CivilityWhatIf whatIf, CreditTier[] tiers, CivilityRulebook current, CivilityRulebook proposed, int rejected)
    {
        var c = settings.Culture;
        console.MarkupLine(Texts.Say(c, "cli.whatif.civility.summary", ("proposed", proposed.Header.Reference), ("current", current.Header.Reference), ("asOf", settings.AsOf), ("residents", whatIf.Residents.Length), ("changes", whatIf.TierChangeCount), ("benefits", whatIf.BenefitsChangeCount)));
        var matrix = new Table().Title(Markup.Escape(Texts.Plain(c, "cli.whatif.civility.matrix"))).AddColumn(Markup.Escape(Texts.Plain(c, "cli.whatif.civility.corner")));
        foreach (var tier in tiers)
        {
            matrix.AddColumn(new TableColumn(tier.ToString()).RightAligned());
        }

        foreach (var from in tiers)
        {
            matrix.AddRow([from.ToString(), .. tiers.Select(to => whatIf.Transitions(from, to) is var n && n > 0 ? (from == to ? n.ToString(CultureInfo.InvariantCulture) : $"[bold]{n}[/]") : "·")]);
        }

        console.Write(matrix);
        var chart = new BarChart().Label(Markup.Escape(Texts.Plain(c, "cli.whatif.civility.chart"))).Width(60);
        foreach (var tier in tiers)
        {
            var now = whatIf.Residents.Count(r => r.TierBefore == tier);
            var then = whatIf.Residents.Count(r => r.TierAfter == tier);
            chart.AddItem(Markup.Escape(Texts.Plain(c, "cli.whatif.now", ("tier", tier))), now, Color.Grey);
            chart.AddItem(Markup.Escape(Texts.Plain(c, "cli.whatif.proposed", ("tier", tier))), then, then > now ? Color.Green : then < now ? Color.Red : Color.Yellow);
        }

        console.Write(chart);
        foreach (var r in whatIf.Residents.Where(r => r.TierChanges))
        {
            console.MarkupLine(Texts.Say(c, "cli.whatif.civility.moves", ("resident", r.Subject), ("scoreBefore", r.ScoreBefore), ("tierBefore", r.TierBefore), ("scoreAfter", r.ScoreAfter), ("tierAfter", r.TierAfter)) + (r.BenefitsChange ? Texts.Say(c, "cli.whatif.civility.benefits") : string.Empty));
        }

        if (whatIf.EntriesWithoutProposedRule > 0)
        {
            console.MarkupLine(Texts.Say(c, "cli.whatif.civility.without-rule", ("count", whatIf.EntriesWithoutProposedRule)));
        }

        if (rejected > 0)
        {
            console.MarkupLine(Texts.Say(c, "cli.whatif.civility.rejected", ("count", rejected)));
        }

        if (settings.Out is not null)
        {
            console.MarkupLine(Texts.Say(c, "cli.wrote", ("file", settings.Out)));
        }
    }

    /// <summary>Scores every subject (residents of the export, then those with vetoes only) under one view's rulebook.</summary>
    private static (long[] Scores, CreditTier[] Tiers) Score(LedgerExport.View view, List<string> subjects, VetoesCsv vetoes, NodaTime.LocalDate asOf)
    {
        var scorer = view.Scorer;
        var codes = vetoes.Vetoes.Where(v => v.Date <= asOf).ToLookup(v => v.Resident, v => v.Code, StringComparer.Ordinal);
        var caps = subjects.Select(s => scorer.Rulebook.Credit.CapOf(codes[s])).ToArray();
        var ledger = view.Build(subjects.Count);
        var scores = new long[subjects.Count];
        var tiers = new CreditTier[subjects.Count];
        scorer.ScoreBatchParallel(ledger, asOf, scores, tiers, caps);
        return (scores, tiers);
    }

    private static CivilityRulebook Load(string? file, string option)
    {
        var text = file is null ? CivilityRulebookFile.RuichengJsonText : Output.ReadFile(file, option);
        var loaded = CivilityRulebookFile.Load(text);
        return loaded.IsSuccess
            ? loaded.Value
            : throw UnusableInputException.At(file ?? "built-in rulebook", loaded.FirstViolation.Path, $"not a valid civility rulebook ({loaded.FirstViolation.Code}: {loaded.FirstViolation.Message}); run 'ruicheng validate {file}' for every error");
    }
}
