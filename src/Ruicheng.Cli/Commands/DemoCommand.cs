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
        console.Write(new Rule(Texts.Say(_culture, "cli.demo.hierarchy")));
        var tree = new Tree(HierarchyCommand.Label(s.Hierarchy, s.Hierarchy.County, null));
        HierarchyCommand.Add(s.Hierarchy, tree, s.Hierarchy.County, null, grids: false);
        console.Write(tree);
        console.MarkupLine(Texts.Say(_culture, "cli.demo.path", ("path", s.Hierarchy.PathOf(s.Jinpen.Id)), ("town", s.Dawang.Name), ("villages", s.Hierarchy.DescendantsOf(s.Dawang.Id, UnitLevel.Village).Count)));
    }

    private void Economy(RuichengScenario s)
    {
        console.Write(new Rule(Texts.Say(_culture, "cli.demo.cai-income")));
        console.WriteLine(Texts.Catalog.Describe(s.CaiCollective.Explanation, _culture));

        console.Write(new Rule(Texts.Say(_culture, "cli.demo.cai-shares", ("income", RuichengScenario.CaiCooperativeIncome))));
        DistributeCommand.Render(console, json: false, s.Cai, _culture);

        console.Write(new Rule(Texts.Say(_culture, "cli.demo.herbal", ("income", RuichengScenario.HerbalIncome))));
        var herbal = new Table().AddColumns(Texts.Plain(_culture, "cli.column.party"), Texts.Plain(_culture, "cli.column.amount"));
        foreach (var party in new[] { "cooperative", "collective", "villagers" })
        {
            herbal.AddRow(party, PartTotal(s.Herbal.Value, $"tianyuan-guiju.split.{party}").ToString());
        }

        console.Write(herbal);
        console.WriteLine(Texts.Catalog.Describe(s.Herbal.Explanation, _culture));

        console.Write(new Rule(Texts.Say(_culture, "cli.demo.toona")));
        var park = new Table().AddColumns(Texts.Plain(_culture, "cli.column.village"), Texts.Plain(_culture, "cli.column.role"), Texts.Plain(_culture, "cli.column.amount"), Texts.Plain(_culture, "cli.column.why"));
        foreach (var line in s.ToonaReturns.Value)
        {
            park.AddRow(line.Village is { } v ? Markup.Escape(s.Hierarchy[v].Name) : Markup.Escape(Texts.Word(_culture, "role", Ruicheng.Economy.Enclaves.EnclaveRole.Project)), Markup.Escape(Texts.Word(_culture, "role", line.Role)), line.Amount.ToString(), Markup.Escape(Texts.Why(_culture, line.Reason, line.Why)));
        }

        console.Write(park);

        console.Write(new Rule(Texts.Say(_culture, "cli.demo.dongzhanglian", ("income", RuichengScenario.DongzhanglianCooperativeIncome))));
        foreach (var village in s.MillionTwoYearsRunning)
        {
            console.WriteLine(Texts.Catalog.Describe(village.Explanation, _culture));
        }

        console.Write(new Rule(Texts.Say(_culture, "cli.demo.land")));
        var rents = new Table().AddColumns(Texts.Plain(_culture, "cli.column.year"), Texts.Plain(_culture, "cli.column.days"), Texts.Plain(_culture, "cli.column.rent"), Texts.Plain(_culture, "cli.column.how"));
        foreach (var line in s.Dongzhanglian.Schedule())
        {
            rents.AddRow(line.Year.ToString(CultureInfo.InvariantCulture), line.Days.Length.ToString(CultureInfo.InvariantCulture), line.Rent.ToString(), Markup.Escape(Texts.Why(_culture, line.Reason, line.Why)));
        }

        console.Write(rents);
    }

    private void Civility(RuichengScenario s)
    {
        console.Write(new Rule(Texts.Say(_culture, "cli.demo.civility", ("village", s.Jinpen.Name))));
        var chart = new BarChart().Label(Texts.Say(_culture, "cli.demo.chart", ("date", RuichengScenario.Today.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))).Width(60);
        foreach (var tier in Enum.GetValues<CreditTier>().Reverse())
        {
            chart.AddItem(tier.ToString(), s.VillageScores.Count(x => x.Tier == tier), tier >= CreditTier.AA ? Color.Green : tier >= CreditTier.B ? Color.Yellow : Color.Red);
        }

        console.Write(chart);
        var explained = s.ExplainedResident;
        console.MarkupLine(Texts.Say(_culture, "cli.demo.resident", ("resident", explained.Value.Subject), ("score", explained.Value.Score), ("tier", explained.Value.Tier), ("credit", explained.Value.Benefits.CreditLine)));
        console.WriteLine(Texts.Catalog.Describe(explained.Explanation, _culture));

        var appeal = s.Appeal;
        console.Write(new Rule(Texts.Say(_culture, "cli.demo.appeal")));
        console.MarkupLine(Texts.Say(_culture, "cli.demo.appealed", ("entry", appeal.Appealed)));
        foreach (var step in appeal.Case.Audit)
        {
            console.MarkupLineInterpolated($"  {CivilTime.LocalDateTimeOf(step.At).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {step.Trigger.ToString()} {step.ToTier ?? string.Empty}: {step.Reason}");
        }

        foreach (var civic in appeal.Case.CivicEvents)
        {
            console.MarkupLine(Texts.Say(_culture, "cli.demo.civic", ("event", civic)));
        }

        foreach (var entry in appeal.Ingested.Appended)
        {
            console.MarkupLine(Texts.Say(_culture, "cli.demo.ledger", ("entry", entry)));
        }

        console.MarkupLine(Texts.Say(_culture, "cli.demo.balance", ("resident", appeal.Appealed.Resident.Value), ("before", appeal.BalanceBefore), ("after", appeal.BalanceAfter), ("entry", appeal.Appealed.Id.Value)));
    }

    private void Disputes(RuichengScenario s)
    {
        console.Write(new Rule(Texts.Say(_culture, "cli.demo.disputes")));
        var figures = s.SeptemberFigures;
        var table = new Table().AddColumns(Texts.Plain(_culture, "cli.column.tier"), Texts.Plain(_culture, "cli.column.settled"), Texts.Plain(_culture, "cli.column.median"));
        foreach (var (tier, count) in figures.SettledByTier)
        {
            table.AddRow(tier, count.ToString(CultureInfo.InvariantCulture), figures.MedianTimeToSettlementByTier[tier].ToString("H'h'mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine(Texts.Say(_culture, "cli.demo.dispute-figures", ("cases", s.SeptemberCases.Length), ("settled", figures.Settled), ("village", figures.SettledAtVillageOrBelow), ("share", figures.ShareSettledAtVillageOrBelow.Percent.ToString("0.0", CultureInfo.InvariantCulture)), ("overdue", figures.Overdue.Length)));
        console.WriteLine(DisputeWorkflow.ToMermaid());
    }
}
