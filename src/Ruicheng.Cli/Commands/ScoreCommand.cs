using System.ComponentModel;
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
        [Description("Required. The ledger export: CSV with header resident,rule,date,quantity.")]
        public string Entries { get; init; } = string.Empty;

        [CommandOption("--as-of <DATE>")]
        [Description("Required. The scoring date, yyyy-MM-dd.")]
        public string AsOf { get; init; } = string.Empty;

        [CommandOption("--out <FILE>")]
        [Description("Write resident,score,tier to this CSV (atomically), one row per resident in ordinal order of resident id.")]
        public string? Out { get; init; }

        [CommandOption("--vetoes <FILE>")]
        [Description("Vetoes (一票否决): CSV with header resident,code,date; a veto applies when its date is on or before --as-of. Unknown codes are rejected rows.")]
        public string? Vetoes { get; init; }

        [CommandOption("--explain <RESIDENT>")]
        [Description("Explain one resident's score: every entry, cap, expiry, veto and the band. With --json: the explanation as one JSON line, then the summary line.")]
        public string? Explain { get; init; }

        [CommandOption("--explain-all")]
        [Description("With --json: one JSON line per resident with the explanation, streamed, then the summary line.")]
        public bool ExplainAll { get; init; }

        public override ValidationResult Validate() => base.Validate() is { Successful: false } invalid ? invalid : RequiredOptions.Check(("--entries", Entries), ("--as-of", AsOf));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var asOf = LocalDatePattern.Iso.Parse(settings.AsOf);
        if (!asOf.Success || !CivilTime.IsSupported(asOf.Value))
        {
            throw new UnusableInputException($"--as-of: '{settings.AsOf}' is not {CsvFields.DateRule}");
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

        if (settings.Out is { } outPath)
        {
            AtomicFile.Check(outPath, "--out");
        }

        if (settings.ExplainAll && !settings.Json)
        {
            throw new UnusableInputException("--explain-all writes JSON lines: add --json");
        }

        var export = Read(settings, scorer);
        var vetoes = settings.Vetoes is { } vetoFile ? VetoesCsv.Read(vetoFile, rulebook.Value) : new VetoesCsv();
        export.Rejected.AddRange(vetoes.Rejected);

        // A resident with a veto but no entries is still scored: the base score, capped by the veto.
        var residents = export.Residents.Concat(vetoes.Vetoes.Select(v => v.Resident)).Distinct(StringComparer.Ordinal).ToList();
        var codes = residents.Select(_ => new List<RuleId>()).ToArray();
        var indexOf = residents.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        foreach (var (resident, code, date) in vetoes.Vetoes)
        {
            if (date <= asOf.Value)
            {
                codes[indexOf[resident]].Add(code);
            }
        }

        var ledger = export.Views[0].Build(residents.Count);
        var scores = new long[residents.Count];
        var tiers = new CreditTier[residents.Count];
        var vetoCaps = codes.Select(scorer.Rulebook.Credit.CapOf).ToArray();
        scorer.ScoreBatchParallel(ledger, asOf.Value, scores, tiers, vetoCaps);

        // Output in ordinal order of resident id, so that the row order of the export never changes a byte of it.
        var order = Enumerable.Range(0, residents.Count).OrderBy(i => residents[i], StringComparer.Ordinal).ToArray();
        if (settings.Out is { } output)
        {
            AtomicFile.Write(output, "--out", writer =>
            {
                writer.WriteLine("resident,score,tier");
                foreach (var i in order)
                {
                    writer.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{CsvText.Field(residents[i])},{scores[i]},{tiers[i]}"));
                }
            });
        }

        if (settings.Explain is { } explain)
        {
            if (!indexOf.TryGetValue(explain, out var index))
            {
                throw new UnusableInputException($"--explain: '{explain}' has no row in the export or the vetoes file");
            }

            var decision = scorer.ExplainResident(ledger, index, explain, asOf.Value, codes[index]);
            if (settings.Json)
            {
                Output.JsonLine(console, ExplanationShape(decision));
            }
            else
            {
                console.Profile.Out.Writer.WriteLine(Texts.Plain(settings.Culture, "cli.score.resident", ("resident", explain), ("score", decision.Value.Score), ("tier", decision.Value.Tier), ("asOf", settings.AsOf)));
                console.Profile.Out.Writer.WriteLine(Texts.Catalog.Describe(decision.Explanation, settings.Culture));
            }
        }

        if (settings.ExplainAll)
        {
            foreach (var i in order)
            {
                Output.JsonLine(console, ExplanationShape(scorer.ExplainResident(ledger, i, residents[i], asOf.Value, codes[i])));
            }
        }

        var histogram = Enum.GetValues<CreditTier>().Reverse().ToDictionary(t => t.ToString(), t => tiers.Count(x => x == t));
        if (settings.Explain is not null && !settings.Json)
        {
            return export.Rejected.Count > 0 ? ExitCodes.RulesBroken : ExitCodes.Success;
        }

        if (settings.Json)
        {
            Output.JsonLine(console, new
            {
                entries = ledger.EntryCount,
                residents = scores.Length,
                vetoes = vetoes.Vetoes.Count,
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

    private static object ExplanationShape(Decision<CivilityScore> decision) => new
    {
        resident = decision.Value.Subject,
        score = decision.Value.Score,
        tier = decision.Value.Tier.ToString(),
        honour = decision.Value.HonourPoints,
        capped = decision.Value.CappedPoints,
        expired = decision.Value.ExpiredPoints,
        rulebook = decision.Explanation.Rulebook?.ToString(),
        steps = decision.Explanation.Steps.Select(s => new { rule = s.Rule.Value, summary = s.Summary, figures = s.Figures.ToDictionary(f => f.Name, f => f.Value) }),
    };

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
        console.MarkupLine(Texts.Say(settings.Culture, "cli.score.scored", ("entries", ledger.EntryCount), ("residents", ledger.ResidentCount), ("asOf", settings.AsOf)));
        var chart = new BarChart().Label(Markup.Escape(Texts.Plain(settings.Culture, "cli.score.chart"))).Width(60);
        foreach (var (tier, count) in histogram)
        {
            chart.AddItem(tier, count, tier.StartsWith("AA", StringComparison.Ordinal) ? Color.Green : tier is "A" or "B" ? Color.Yellow : Color.Red);
        }

        console.Write(chart);
        if (settings.Out is not null)
        {
            console.MarkupLine(Texts.Say(settings.Culture, "cli.wrote", ("file", settings.Out)));
        }

        if (export.Rejected.Count > 0)
        {
            var table = new Table().Title(Texts.Say(settings.Culture, "cli.rejected.title", ("count", export.Rejected.Count))).AddColumns(Texts.Plain(settings.Culture, "cli.column.line"), Texts.Plain(settings.Culture, "cli.column.reason"));
            foreach (var (line, reason) in export.Rejected.Take(20))
            {
                table.AddRow(line.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(reason));
            }

            console.Write(table);
            if (export.Rejected.Count > 20)
            {
                console.MarkupLine(Texts.Say(settings.Culture, "cli.rejected.more", ("count", export.Rejected.Count - 20)));
            }
        }
    }
}
