using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;
using Ruicheng.Economy.Collective;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Enclaves;
using Ruicheng.Economy.Land;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Cli.Demo;

/// <summary>
/// The built-in Ruicheng scenario: the article's places and figures, with synthetic households, holdings, deeds
/// and disputes drawn from fixed seeds on a fixed "today", so every run prints the same thing. It only composes
/// the packages (by id, as an integrator would); every rule is applied by the packages themselves.
/// </summary>
internal sealed class RuichengScenario
{
    public static readonly LocalDate Today = new(2026, 10, 31);
    /// <summary>Cai village's collective income (article: 年集体经济收入超316万元) — classified, not distributed.</summary>
    public static readonly Money CaiCollectiveIncome = Money.FromYuan(3_160_000m);

    /// <summary>A sample year's net income of Cai's joint-stock cooperative for the five-share distribution (the article gives none).</summary>
    public static readonly Money CaiCooperativeIncome = Money.FromYuan(1_200_000m);

    /// <summary>A sample of the herbal cooperative's added income (article: 田园归居 … 年增收20余万元, more than 200,000 a year).</summary>
    public static readonly Money HerbalIncome = Money.FromYuan(220_000m);

    /// <summary>Dongzhanglian's cooperative income (article: 合作社年收益超80万元).</summary>
    public static readonly Money DongzhanglianCooperativeIncome = Money.FromYuan(800_000m);
    public static readonly Money ToonaRevenue = Money.FromYuan(450_000m);

    private RuichengScenario()
    {
    }

    public GovernanceHierarchy Hierarchy { get; private init; } = null!;

    public AdministrativeUnit Jinpen { get; private init; } = null!;

    public AdministrativeUnit Dawang { get; private init; } = null!;

    public Decision<DistributionResult> Cai { get; private init; } = null!;

    public Decision<VillageIncomeClass> CaiCollective { get; private init; } = null!;

    public ImmutableArray<Decision<UnitId>> MillionTwoYearsRunning { get; private init; }

    public Decision<DistributionResult> Herbal { get; private init; } = null!;

    public EnclaveProject ToonaPark { get; private init; } = null!;

    public Decision<ImmutableArray<EnclaveLine>> ToonaReturns { get; private init; } = null!;

    public LandTransferContract Dongzhanglian { get; private init; } = null!;

    public ImmutableArray<CivilityScore> VillageScores { get; private init; }

    public Decision<CivilityScore> ExplainedResident { get; private init; } = null!;

    public PointsAppealStory Appeal { get; private init; } = null!;

    public ImmutableArray<DisputeCase> SeptemberCases { get; private init; }

    public DisputeFigures SeptemberFigures { get; private init; } = null!;

    public static RuichengScenario Build()
    {
        var hierarchy = RuichengHierarchy.Load();
        var jinpen = hierarchy.FindByName("金盆村").Single();
        var dawang = hierarchy.FindByName("大王镇").Single();
        var cai = hierarchy.FindByName("蔡村").Single();
        var economy = EconomyRulebookFile.LoadRuicheng();
        var (caiRegister, patronage) = CaiRegister(hierarchy, cai);
        var (civilityScores, explained, appeal) = Civility(hierarchy, jinpen);
        var (cases, figures) = Disputes(hierarchy, jinpen);
        var park = ToonaParkOf(hierarchy, economy);
        return new RuichengScenario
        {
            Hierarchy = hierarchy,
            Jinpen = jinpen,
            Dawang = dawang,
            Cai = CooperativeDistribution.Distribute(economy.Plan("cai-village"), CaiCooperativeIncome, caiRegister, new LocalDate(2026, 12, 31)).Value,
            CaiCollective = VillageIncomeSummary.From([new(cai.Id, 2025, IncomeSource.Other, CaiCollectiveIncome, "article: 年集体经济收入超316万元")]).Single()
                .Classify(economy.CollectiveIncome, economy.Header.Reference),
            MillionTwoYearsRunning = CollectiveIncomeStreaks.AtLeastForYears(DongzhanglianCollective(hierarchy), Money.FromYuan(1_000_000m), 2, 2025),
            Herbal = CooperativeDistribution.Distribute(economy.Plan("tianyuan-guiju"), HerbalIncome, caiRegister, new LocalDate(2026, 12, 31), patronage, Money.Zero).Value,
            ToonaPark = park,
            ToonaReturns = park.Split(ToonaRevenue),
            Dongzhanglian = LandTransferContract.Create(
                "DZL-2024-001", hierarchy.FindByName("东张联村").Single().Id, "东张联村规模种植合作社", Mu.Of(1600), Money.FromYuan(600m),
                new RentEscalation(Rate.FromPercent(5), 3), new LocalDate(2024, 3, 1), new LocalDate(2030, 2, 28)),
            VillageScores = civilityScores,
            ExplainedResident = explained,
            Appeal = appeal,
            SeptemberCases = cases,
            SeptemberFigures = figures,
        };
    }

    /// <summary>Dongzhanglian's collective income, which passed one million two years running (article: 连续两年破百万); the amounts are samples above it.</summary>
    private static ImmutableArray<VillageIncomeSummary> DongzhanglianCollective(GovernanceHierarchy hierarchy)
    {
        var village = hierarchy.FindByName("东张联村").Single().Id;
        return VillageIncomeSummary.From(
        [
            new(village, 2024, IncomeSource.CooperativeDividend, Money.FromYuan(1_030_000m), "sample above the article's one million"),
            new(village, 2025, IncomeSource.CooperativeDividend, Money.FromYuan(1_080_000m), "sample above the article's one million"),
        ]);
    }

    private static (ShareRegister Register, Dictionary<MemberId, decimal> Patronage) CaiRegister(GovernanceHierarchy hierarchy, AdministrativeUnit cai)
    {
        var random = new Random(316);
        var collective = MemberId.From("cai.collective");
        var members = new List<CooperativeMember>
        {
            new(collective, MemberKind.VillageCollective, "蔡村股份经济合作社（集体）"),
            new(MemberId.From("cai.managers"), MemberKind.Enterprise, "经营管理团队"),
        };
        var holdings = new List<ShareHolding>();
        var patronage = new Dictionary<MemberId, decimal>();
        var since = new LocalDate(2021, 1, 1);
        foreach (var household in hierarchy.HouseholdsIn(cai.Id))
        {
            var id = MemberId.From(household.Id.Value);
            members.Add(new CooperativeMember(id, MemberKind.Household, $"农户 {household.Id}"));
            holdings.Add(new ShareHolding(id, ShareClass.Land, random.Next(5, 16), since));
            holdings.Add(new ShareHolding(id, ShareClass.GuaranteedFloor, random.Next(5, 16), since));
            holdings.Add(new ShareHolding(id, ShareClass.Pooled, random.Next(10, 41), since));
            holdings.Add(new ShareHolding(id, ShareClass.Split, random.Next(5, 21), since));
            patronage[id] = random.Next(1_000, 20_000);
        }

        return (ShareRegister.Create("蔡村股份经济合作社", members, holdings).Value, patronage);
    }

    /// <summary>The toona park is rulebook data (economy rulebook, <c>enclaves</c>), checked against the hierarchy.</summary>
    private static EnclaveProject ToonaParkOf(GovernanceHierarchy hierarchy, Economy.Rulebooks.EconomyRulebook economy) =>
        economy.FindEnclave("dawang-toona")!.CheckSites(Infrastructure.HierarchySites.Of(hierarchy)).Value;

    private static (ImmutableArray<CivilityScore> Scores, Decision<CivilityScore> Explained, PointsAppealStory Appeal) Civility(GovernanceHierarchy hierarchy, AdministrativeUnit village)
    {
        var rulebook = CivilityRulebookFile.LoadRuicheng();
        var ledger = new PointsLedger(rulebook, LedgerKey.Create("demo-2026", "ruicheng demo chain key, never for real use"u8));
        var random = new Random(1049);
        var residents = hierarchy.HouseholdsIn(village.Id).SelectMany(h => hierarchy.MembersOf(h.Id, Today)).ToList();
        var rules = rulebook.Rules.Where(r => !r.Id.Value.StartsWith("honour-national", StringComparison.Ordinal)).ToArray();
        var drafts = new List<EntryDraft>();
        foreach (var resident in residents)
        {
            var deeds = random.Next(2, 30);
            for (var k = 0; k < deeds; k++)
            {
                var rule = rules[random.Next(rules.Length)];
                var date = new LocalDate(2025, 1, 1).PlusDays(random.Next(0, 660));
                drafts.Add(EntryDraft.ForRule(resident, $"demo-{resident}-{k}", rule, date, rule.Unit == PointsUnit.Hour ? random.Next(1, 5) : 1, CivilTime.StartOf(date.PlusDays(8)), review: rule.ReviewRequired ? "村民代表会议纪要 (demo)" : null));
            }
        }

        ledger.Ingest(drafts);
        var appeal = AppealOneDeduction(hierarchy, ledger);
        var scorer = new CivilityScorer(rulebook);
        var asOf = Today;
        var scores = residents.Select(r => scorer.Score(ledger, r, asOf, []).Value).ToImmutableArray();
        var best = scores.OrderByDescending(s => s.Score).ThenBy(s => s.Subject, StringComparer.Ordinal).First();
        return (scores, scorer.Score(ledger, ResidentId.From(best.Subject), asOf, []), appeal);
    }

    /// <summary>
    /// The first deduction of October 2025 or later is appealed on 12 October 2026: the village moral evaluation council
    /// accepts it and upholds it on 14 October; Governance raises the civic event and the ledger reverses the entry.
    /// </summary>
    private static PointsAppealStory AppealOneDeduction(GovernanceHierarchy hierarchy, PointsLedger ledger)
    {
        var appealed = ledger.Entries.First(e => e.Kind == EntryKind.Deduction && e.OccurredOn >= new LocalDate(2025, 10, 1));
        var household = hierarchy.HouseholdOf(appealed.Resident, Today)!.Value;
        var council = new Actor(ResidentId.From("C-jinpen"), ActorRole.MoralEvaluationCouncil);
        var before = ledger.Balance(appealed.Resident);
        var decided = DisputeCase.ReportPointsAppeal(
                GovernanceRulebookFile.LoadRuicheng(), DisputeCaseId.From("AP-2026-10-001"), "points-appeal", hierarchy.GridOf(household).Id,
                new DisputeParty(appealed.Resident, household), appealed.Id.Value, CivilTime.InstantOf(new LocalDateTime(2026, 10, 12, 9, 0)), "the deed was another household's")
            .Bind(c => c.Accept(council, CivilTime.InstantOf(new LocalDateTime(2026, 10, 12, 10, 0))))
            .Bind(c => c.UpholdAppeal(council, CivilTime.InstantOf(new LocalDateTime(2026, 10, 14, 15, 0)), "two neighbours and the grid log confirm it was not the appellant"))
            .Value;
        var ingested = ledger.IngestCivicEvents(decided.CivicEvents, CivilTime.InstantOf(new LocalDateTime(2026, 10, 14, 16, 0)));
        return new PointsAppealStory(appealed, decided, ingested, before, ledger.Balance(appealed.Resident));
    }

    private static (ImmutableArray<DisputeCase> Cases, DisputeFigures Figures) Disputes(GovernanceHierarchy hierarchy, AdministrativeUnit village)
    {
        var rulebook = GovernanceRulebookFile.LoadRuicheng();
        var random = new Random(92);
        var grids = hierarchy.ChildrenOf(village.Id);
        var households = hierarchy.HouseholdsIn(village.Id);
        var worker = new Actor(ResidentId.From("W-jinpen"), ActorRole.GridWorker);
        var handlers = new Dictionary<ActorRole, Actor>
        {
            [ActorRole.GridMediator] = new(ResidentId.From("M-grid"), ActorRole.GridMediator),
            [ActorRole.VillageMediationCommittee] = new(ResidentId.From("M-village"), ActorRole.VillageMediationCommittee),
            [ActorRole.TownshipGovernanceCentre] = new(ResidentId.From("M-township"), ActorRole.TownshipGovernanceCentre),
            [ActorRole.CountyGovernanceCentre] = new(ResidentId.From("M-county"), ActorRole.CountyGovernanceCentre),
        };
        string[] types = ["neighbour", "neighbour", "family", "land-homestead", "labour-wages"];
        var cases = ImmutableArray.CreateBuilder<DisputeCase>();
        var month = new LocalDate(2026, 9, 1);
        for (var i = 0; i < 40; i++)
        {
            var reportedAt = CivilTime.InstantOf(month.PlusDays(random.Next(0, 24)).At(new LocalTime(9 + random.Next(0, 8), 0)));
            var a = households[random.Next(households.Count)];
            var b = households[random.Next(households.Count)];
            var parties = new[] { a, b }.Distinct().Select(h => new DisputeParty(hierarchy.MembersOf(h.Id, Today)[0], h.Id));
            var c = DisputeCase.Report(rulebook, DisputeCaseId.From($"DC-2026-09-{i + 1:000}"), types[random.Next(types.Length)], grids[i % grids.Count].Id,
                parties, worker, reportedAt, "sample dispute").Value;
            var now = reportedAt + Duration.FromHours(2);
            c = c.Accept(handlers[c.HandlerFor(DisputeTrigger.Accept)!.Value], now).Value;

            // Each case settles at some tier, or is still open at the end of the month; escalations follow the deadlines.
            var settleAfterTiers = random.Next(0, 10) switch { < 6 => 0, < 8 => 1, 8 => 2, _ => 9 };
            for (var step = 0; step <= settleAfterTiers && c.State == DisputeState.InMediation; step++)
            {
                var at = now + Duration.FromHours(random.Next(3, 30));
                if (step == settleAfterTiers && c.Deadline is { } deadline && at < deadline)
                {
                    c = c.RecordAgreement(handlers[c.Tier!.Handler], at, "parties agree", random.Next(2) == 0).Value;
                    break;
                }

                var ticked = c.Tick(c.Deadline ?? at).Case;
                if (ticked.TierId == c.TierId)
                {
                    break;
                }

                c = ticked;
                now = c.Audit[^1].At;
            }

            cases.Add(c.Tick(CivilTime.StartOf(new LocalDate(2026, 10, 1))).Case);
        }

        var all = cases.ToImmutable();
        return (all, DisputeFigures.Compute(all, new DateInterval(month, new LocalDate(2026, 10, 31)), CivilTime.StartOf(new LocalDate(2026, 10, 1))));
    }
}
