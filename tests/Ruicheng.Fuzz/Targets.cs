using System.Text;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Lists;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Rulebooks;
using Calendars = Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Serialization;

namespace Ruicheng.Fuzz;

/// <summary>Every loader the packages and the tool have, with the oracle that uses what each accepts.</summary>
internal static class Targets
{
    private static readonly Instant RecordedAt = Instant.FromUtc(2026, 6, 30, 2, 0);

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("civility-rulebook", [CivilityRulebookFile.RuichengJsonText, Read("civility-rulebook.json"), Read("broken-civility-rulebook.json")], false, CivilityRulebook),
        new("governance-rulebook", [GovernanceRulebookFile.RuichengJsonText], false, GovernanceRulebook),
        new("economy-rulebook", [EconomyRulebookFile.RuichengJsonText], false, EconomyRulebook),
        new("hierarchy", [Ruicheng.Governance.Hierarchy.RuichengHierarchy.Json], false, Hierarchy),
        new("cases.json (disputes tick)", [Read("cases.json")], false, input => CliOnly(input, ".json", f => [["disputes", "tick", "--cases", f, "--now", "2026-10-20T09:00+08:00"], ["disputes", "tick", "--cases", f, "--now", "2031-01-01T00:00+08:00", "--json"]])),
        new("entries.csv (score)", [Read("entries.csv")], true, input => CliOnly(input, ".csv", f => [["score", "--entries", f, "--as-of", "2026-06-30"], ["score", "--entries", f, "--as-of", "2026-06-30", "--explain-all", "--json"], ["whatif", "civility", "--entries", f, "--current", Cli.Sample("civility-rulebook.json"), "--proposed", Cli.Sample("civility-rulebook-proposed.json"), "--as-of", "2026-06-30", "--json"]])),
        new("vetoes.csv (score --vetoes)", [Read("vetoes.csv")], true, input => CliOnly(input, ".csv", f => [["score", "--entries", Cli.Sample("entries.csv"), "--vetoes", f, "--as-of", "2026-06-30", "--json"]])),
        new("register.csv (distribute)", [Read("register.csv")], true, input => CliOnly(input, ".csv", f => [["distribute", "--plan", "cai-village", "--register", f, "--income", "3160000", "--year", "2026"], ["distribute", "--plan", "cai-village", "--register", f, "--income", "-120000", "--year", "2026", "--reserve-balance", "50000", "--json"]])),
        new("patronage.csv (distribute --patronage)", [Read("patronage.csv")], true, input => CliOnly(input, ".csv", f => [["distribute", "--plan", "tianyuan-guiju", "--register", Cli.Sample("register.csv"), "--patronage", f, "--income", "220000", "--year", "2026", "--json"]])),
        new("patrols.csv (patrol)", [Read("patrols.csv")], true, input => CliOnly(input, ".csv", f => [["patrol", "--log", f, "--week", "2026-W40"], ["patrol", "--log", f, "--month", "2026-10", "--unit", "古魏镇", "--json"]])),
        new("collective-income.csv (hierarchy --measure)", [Read("collective-income.csv")], true, input => CliOnly(input, ".csv", f => [["hierarchy", "--measure", f], ["hierarchy", "--measure", f, "--under", "大王镇", "--json"]])),
    ];

    private static string Read(string sample) => File.ReadAllText(Cli.Sample(sample), Encoding.UTF8);

    private static Action? CliOnly(byte[] input, string extension, Func<string, string[][]> runs)
    {
        var file = Cli.Scratch(input, extension);
        var processed = true;
        foreach (var args in runs(file))
        {
            processed &= Cli.Run(args) != 2;
        }

        // Exit 0 or 1 means the tool processed the file (rejecting rows with their lines is processing); 2 refused it.
        return processed ? () => { } : null;
    }

    private static Action? CivilityRulebook(byte[] input)
    {
        var loaded = CivilityRulebookFile.Load(Encoding.UTF8.GetString(input));
        if (loaded.IsFailure)
        {
            return null;
        }

        return () =>
        {
            var rulebook = loaded.Value;
            var scorer = new CivilityScorer(rulebook);
            var ledger = new PointsLedger(rulebook, Key);
            var residents = Enumerable.Range(0, 3).Select(i => ResidentId.From($"R-{i}")).ToArray();
            var drafts = rulebook.Rules.Select((rule, i) => EntryDraft.ForRule(residents[i % residents.Length], $"deed-{i}", rule, rule.EffectiveFrom, 1, RecordedAt, review: "council minute")).ToList();
            var report = ledger.Ingest(drafts);
            if (!report.Rejected.IsEmpty)
            {
                throw new OracleFailure($"one entry of every rule version, on its first day, is refused: {report.Rejected[0]}");
            }

            var asOf = rulebook.Rules.Max(r => r.EffectiveFrom).PlusYears(1);
            var vetoes = rulebook.Credit.Vetoes.Select(v => v.Code).ToArray();
            foreach (var resident in residents)
            {
                scorer.Score(ledger, resident, asOf);
                scorer.Score(ledger, resident, asOf, vetoes);
                scorer.SpendableBalance(ledger, resident, asOf);
            }

            var batch = ScoringLedger.FromLedger(scorer, ledger, residents);
            var scores = new long[residents.Length];
            var tiers = new Ruicheng.Civility.Points.CreditTier[residents.Length];
            scorer.ScoreBatch(batch, asOf, scores, tiers, default);
            for (var i = 0; i < residents.Length; i++)
            {
                var explained = scorer.ExplainResident(batch, i, residents[i].Value, asOf, vetoes);
                if (explained.Value.Score != scores[i])
                {
                    throw new OracleFailure($"batch score {scores[i]} differs from the explained score {explained.Value.Score}");
                }
            }

            if (rulebook.Lists is not null)
            {
                HonourList.Compute(scorer, ledger, asOf);
            }

            var (month, day) = (rulebook.Expiry.SpendableResetMonth, rulebook.Expiry.SpendableResetDay);
            var year = Enumerable.Range(asOf.Year, 8).First(y => day <= CalendarSystem.Iso.GetDaysInMonth(y, month));
            var reset = new LocalDate(year, month, day);
            if (ledger.ResetSpendable(reset, RecordedAt).IsFailure)
            {
                throw new OracleFailure($"the rulebook's own reset date {reset:uuuu-MM-dd} is refused");
            }

            var file = Cli.Scratch(input, ".json");
            Cli.Run("validate", file);
            Cli.Run("score", "--rulebook", file, "--entries", Cli.Sample("entries.csv"), "--as-of", "2026-06-30", "--explain-all", "--json");
        };
    }

    private static Action? GovernanceRulebook(byte[] input)
    {
        var loaded = GovernanceRulebookFile.Load(Encoding.UTF8.GetString(input));
        if (loaded.IsFailure)
        {
            return null;
        }

        return () =>
        {
            var rulebook = loaded.Value;
            var start = Instant.FromUtc(2026, 9, 24, 1, 0);
            var calendar = rulebook.Calendar;
            void Check(Instant from, Calendars.TimeLimit limit)
            {
                var deadline = calendar.Deadline(from, limit);
                if (deadline.IsFailure && deadline.FirstViolation!.Code != Calendars.CalendarMustCoverRule.Id)
                {
                    throw new OracleFailure($"a deadline failed for another reason than coverage: {deadline.FirstViolation}");
                }
            }

            Check(start, rulebook.CourtConfirmationWindow);
            foreach (var ladder in rulebook.Ladders)
            {
                Check(start, ladder.AcceptWithin);
                foreach (var tier in ladder.Tiers)
                {
                    if (tier.Limit is { } limit)
                    {
                        Check(start, limit);
                        Check(start, tier.Extension);
                    }
                }
            }

            calendar.CountWorkingDays(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2030, 12, 31)));
            var file = Cli.Scratch(input, ".json");
            Cli.Run("validate", file);
            Cli.Run("disputes", "tick", "--rulebook", file, "--cases", Cli.Sample("cases.json"), "--now", "2026-10-20T09:00+08:00");
            Cli.Run("disputes", "tick", "--rulebook", file, "--cases", Cli.Sample("cases.json"), "--now", "2036-10-20T09:00+08:00", "--json");
        };
    }

    private static Action? EconomyRulebook(byte[] input)
    {
        var loaded = EconomyRulebookFile.Load(Encoding.UTF8.GetString(input));
        if (loaded.IsFailure)
        {
            return null;
        }

        return () =>
        {
            var file = Cli.Scratch(input, ".json");
            Cli.Run("validate", file);
            foreach (var plan in loaded.Value.Plans)
            {
                Cli.Run("distribute", "--rulebook", file, "--plan", plan.Id, "--register", Cli.Sample("register.csv"), "--patronage", Cli.Sample("patronage.csv"), "--income", "3160000", "--year", "2026");
                Cli.Run("distribute", "--rulebook", file, "--plan", plan.Id, "--register", Cli.Sample("register.csv"), "--income", "-120000", "--year", "2026", "--reserve-balance", "50000", "--json");
            }

            foreach (var project in loaded.Value.Enclaves)
            {
                var split = project.Split(Money.FromYuan(1_050_000m));
                if (Money.Sum(split.Value.Select(l => l.Amount)) != Money.FromYuan(1_050_000m))
                {
                    throw new OracleFailure($"enclave {project.Id}: the lines do not sum to the revenue");
                }

                Cli.Run("enclave", "--rulebook", file, "--project", project.Id, "--revenue", "1050000", "--year", "2026", "--json");
            }
        };
    }

    private static Action? Hierarchy(byte[] input)
    {
        var loaded = HierarchyFile.Load(Encoding.UTF8.GetString(input));
        if (loaded.IsFailure)
        {
            return null;
        }

        return () =>
        {
            var file = Cli.Scratch(input, ".json");
            Cli.Run("validate", file);
            Cli.Run("hierarchy", "--file", file, "--grids");
            Cli.Run("hierarchy", "--file", file, "--measure", Cli.Sample("collective-income.csv"), "--json");
        };
    }

    private static LedgerKey Key { get; } = LedgerKey.Create("fuzz", [.. Enumerable.Range(0, 32).Select(i => (byte)(i + 1))]);
}
