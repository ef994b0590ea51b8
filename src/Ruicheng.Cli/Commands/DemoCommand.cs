using System.Globalization;
using Ruicheng.Civility.Points;
using Ruicheng.Cli.Demo;
using Ruicheng.Cli.Infrastructure;
using Ruicheng.Economy.Distributions;
using Ruicheng.Economy.Enclaves;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Hierarchy;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Ruicheng.Cli.Commands;

/// <summary><c>ruicheng demo</c>: the built-in Ruicheng scenario end to end, with no arguments and no files.</summary>
internal sealed class DemoCommand(IAnsiConsole console) : Command<JsonSettings>
{
    private System.Globalization.CultureInfo _culture = System.Globalization.CultureInfo.InvariantCulture;

    public override int Execute(CommandContext context, JsonSettings settings, CancellationToken cancellationToken)
    {
        _culture = settings.Culture;
        var scenario = RuichengScenario.Build();
        if (settings.Json)
        {
            Output.Json(console, Shape(scenario));
            return ExitCodes.Success;
        }

        Hierarchy(scenario);
        Economy(scenario);
        Civility(scenario);
        Disputes(scenario);
        return ExitCodes.Success;
    }

    internal static object Shape(RuichengScenario s) => new
    {
        today = RuichengScenario.Today,
        hierarchy = new
        {
            county = s.Hierarchy.County.Name,
            townsAndTownships = s.Hierarchy.ChildrenOf(s.Hierarchy.County.Id).Count,
            jinpenPath = s.Hierarchy.PathOf(s.Jinpen.Id),
            dawangVillages = s.Hierarchy.DescendantsOf(s.Dawang.Id, UnitLevel.Village).Count,
            households = s.Hierarchy.Households.Length,
        },
        caiCollectiveIncome = new { income = RuichengScenario.CaiCollectiveIncome, @class = s.CaiCollective.Value.ToString(), why = s.CaiCollective.Explanation.Steps.Select(x => x.ToString()) },
        caiFiveShares = DistributeCommand.Shape(s.Cai),
        dongzhanglian = new
        {
            cooperativeIncome = RuichengScenario.DongzhanglianCooperativeIncome,
            collectiveAboveAMillionTwoYearsRunning = s.MillionTwoYearsRunning.Any(d => d.Value == s.Dongzhanglian.Village),
        },
        herbal811 = new
        {
            income = s.Herbal.Value.Income,
            cooperative = PartTotal(s.Herbal.Value, "tianyuan-guiju.split.cooperative"),
            collective = PartTotal(s.Herbal.Value, "tianyuan-guiju.split.collective"),
            villagers = PartTotal(s.Herbal.Value, "tianyuan-guiju.split.villagers"),
        },
        toonaPark = new
        {
            revenue = RuichengScenario.ToonaRevenue,
            hostFee = s.ToonaReturns.Value.Single(l => l.Role == EnclaveRole.Host).Amount,
            members = s.ToonaReturns.Value.Where(l => l.Role == EnclaveRole.Member).Select(l => new { village = s.Hierarchy[l.Village!.Value].Name, amount = l.Amount }),
        },
        dongzhanglianRents = s.Dongzhanglian.Schedule().Select(l => new { year = l.Year, days = l.Days.Length, rent = l.Rent }),
        civility = new
        {
            village = s.Jinpen.Name,
            residents = s.VillageScores.Length,
            tiers = Enum.GetValues<CreditTier>().Reverse().ToDictionary(t => t.ToString(), t => s.VillageScores.Count(x => x.Tier == t)),
            explained = new
            {
                resident = s.ExplainedResident.Value.Subject,
                score = s.ExplainedResident.Value.Score,
                tier = s.ExplainedResident.Value.Tier.ToString(),
                steps = s.ExplainedResident.Explanation.Steps.Select(x => x.ToString()),
            },
            appeal = new
            {
                entry = s.Appeal.Appealed.Id.Value,
                resident = s.Appeal.Appealed.Resident.Value,
                points = s.Appeal.Appealed.Points,
                @case = s.Appeal.Case.Id.Value,
                state = s.Appeal.Case.State.ToString(),
                audit = s.Appeal.Case.Audit.Select(a => new { at = a.At, trigger = a.Trigger.ToString(), tier = a.ToTier, reason = a.Reason }),
                civicEvents = s.Appeal.Case.CivicEvents.Select(e => e.ToString()),
                appended = s.Appeal.Ingested.Appended.Select(e => e.ToString()),
                balanceBefore = s.Appeal.BalanceBefore,
                balanceAfter = s.Appeal.BalanceAfter,
            },
        },
        disputes = new
        {
            month = "2026-09",
            cases = s.SeptemberCases.Length,
            settled = s.SeptemberFigures.Settled,
            settledAtVillageOrBelow = s.SeptemberFigures.SettledAtVillageOrBelow,
            shareSettledAtVillageOrBelow = s.SeptemberFigures.ShareSettledAtVillageOrBelow.Fraction,
            settledByTier = s.SeptemberFigures.SettledByTier,
            overdue = s.SeptemberFigures.Overdue.Length,
            mermaid = DisputeWorkflow.ToMermaid(),
        },
    };

    private static Money PartTotal(DistributionResult result, string rule) => Money.Sum(result.Lines.Where(l => l.Rule.Value == rule).Select(l => l.Amount));

    private void Hierarchy(RuichengScenario s)
    {
        console.Write(new Rule("[bold]芮城县 Ruicheng County — three-tier linkage (三级联动)[/]"));
        var tree = new Tree(HierarchyCommand.Label(s.Hierarchy, s.Hierarchy.County, null));
        HierarchyCommand.Add(s.Hierarchy, tree, s.Hierarchy.County, null, grids: false);
        console.Write(tree);
        console.MarkupLineInterpolated($"Path: {s.Hierarchy.PathOf(s.Jinpen.Id)}; {s.Dawang.Name} has {s.Hierarchy.DescendantsOf(s.Dawang.Id, UnitLevel.Village).Count} villages. Grids and households are synthetic.");
    }

    private void Economy(RuichengScenario s)
    {
        console.Write(new Rule("[bold]蔡村 collective income (村集体经济收入): 3,160,000 yuan[/]"));
        console.WriteLine(Texts.Catalog.Describe(s.CaiCollective.Explanation, _culture));

        console.Write(new Rule($"[bold]蔡村 five-share linkage (五股联动): a sample cooperative year of {RuichengScenario.CaiCooperativeIncome}[/]"));
        DistributeCommand.Render(console, json: false, s.Cai, _culture);

        console.Write(new Rule($"[bold]田园归居 herbal cooperative: 8 : 1 : 1 of a sample {RuichengScenario.HerbalIncome} added income[/]"));
        var herbal = new Table().AddColumns("Party", "Amount");
        foreach (var party in new[] { "cooperative", "collective", "villagers" })
        {
            herbal.AddRow(party, PartTotal(s.Herbal.Value, $"tianyuan-guiju.split.{party}").ToString());
        }

        console.Write(herbal);
        console.WriteLine(Texts.Catalog.Describe(s.Herbal.Explanation, _culture));

        console.Write(new Rule("[bold]大王镇 toona (香椿) park at 金盆村 (飞地经济)[/]"));
        var park = new Table().AddColumns("Village", "Role", "Amount", "Why");
        foreach (var line in s.ToonaReturns.Value)
        {
            park.AddRow(line.Village is { } v ? Markup.Escape(s.Hierarchy[v].Name) : "project", line.Role.ToString(), line.Amount.ToString(), Markup.Escape(line.Why));
        }

        console.Write(park);

        console.Write(new Rule($"[bold]东张联村: cooperative income {RuichengScenario.DongzhanglianCooperativeIncome}; collective income above one million two years running (连续两年破百万)[/]"));
        foreach (var village in s.MillionTwoYearsRunning)
        {
            console.WriteLine(Texts.Catalog.Describe(village.Explanation, _culture));
        }

        console.Write(new Rule("[bold]东张联村 1,600 mu land transfer (土地流转)[/]"));
        var rents = new Table().AddColumns("Year", "Days", "Rent", "How");
        foreach (var line in s.Dongzhanglian.Schedule())
        {
            rents.AddRow(line.Year.ToString(CultureInfo.InvariantCulture), line.Days.Length.ToString(CultureInfo.InvariantCulture), line.Rent.ToString(), Markup.Escape(line.Why));
        }

        console.Write(rents);
    }

    private void Civility(RuichengScenario s)
    {
        console.Write(new Rule($"[bold]{s.Jinpen.Name} civility points and credit tiers (文明积分)[/]"));
        var chart = new BarChart().Label($"Residents per credit tier, {RuichengScenario.Today:uuuu-MM-dd}").Width(60);
        foreach (var tier in Enum.GetValues<CreditTier>().Reverse())
        {
            chart.AddItem(tier.ToString(), s.VillageScores.Count(x => x.Tier == tier), tier >= CreditTier.AA ? Color.Green : tier >= CreditTier.B ? Color.Yellow : Color.Red);
        }

        console.Write(chart);
        var explained = s.ExplainedResident;
        console.MarkupLineInterpolated($"Resident {explained.Value.Subject}: score {explained.Value.Score}, tier {explained.Value.Tier}, credit line {explained.Value.Benefits.CreditLine}.");
        console.WriteLine(Texts.Catalog.Describe(explained.Explanation, _culture));

        var appeal = s.Appeal;
        console.Write(new Rule("[bold]A points appeal (积分争议): village moral evaluation council (村道德评议会)[/]"));
        console.MarkupLineInterpolated($"Appealed: {appeal.Appealed.ToString()}.");
        foreach (var step in appeal.Case.Audit)
        {
            console.MarkupLineInterpolated($"  {CivilTime.LocalDateTimeOf(step.At).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {step.Trigger.ToString()} {step.ToTier ?? string.Empty}: {step.Reason}");
        }

        foreach (var civic in appeal.Case.CivicEvents)
        {
            console.MarkupLineInterpolated($"Civic event: {civic.ToString()}.");
        }

        foreach (var entry in appeal.Ingested.Appended)
        {
            console.MarkupLineInterpolated($"Ledger: {entry.ToString()}.");
        }

        console.MarkupLineInterpolated($"Balance of {appeal.Appealed.Resident.Value}: {appeal.BalanceBefore} → {appeal.BalanceAfter} (entry {appeal.Appealed.Id.Value} reversed).");
    }

    private void Disputes(RuichengScenario s)
    {
        console.Write(new Rule("[bold]September disputes in 金盆村 (先协商、再行政、后诉讼)[/]"));
        var figures = s.SeptemberFigures;
        var table = new Table().AddColumns("Tier", "Settled", "Median time");
        foreach (var (tier, count) in figures.SettledByTier)
        {
            table.AddRow(tier, count.ToString(CultureInfo.InvariantCulture), figures.MedianTimeToSettlementByTier[tier].ToString("H'h'mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{s.SeptemberCases.Length} cases; {figures.Settled} settled, {figures.SettledAtVillageOrBelow} in the village or below (小事不出村): {figures.ShareSettledAtVillageOrBelow.Percent:0.0}%; {figures.Overdue.Length} overdue on 1 October.");
        console.WriteLine(DisputeWorkflow.ToMermaid());
    }
}
