using System.Globalization;
using Ruicheng.Civility.Points;
using RulesEngine.Models;

namespace Ruicheng.Benchmarks;

/// <summary>One ledger row as an integrator's object model holds it.</summary>
public sealed class LedgerRow
{
    public int Resident { get; init; }

    public string RuleId { get; init; } = string.Empty;

    public int Day { get; init; }
}

/// <summary>The peers, written as users would write them: naive LINQ, and Microsoft RulesEngine per entry.</summary>
internal static class PeerScoring
{
    /// <summary>Naive LINQ: group by resident, look the rule up in a dictionary, group by (category, month) for caps.</summary>
    public static (long[] Scores, CreditTier[] Tiers) Linq(IReadOnlyList<LedgerRow> rows, int residents, IReadOnlyDictionary<string, (int Category, int Points)> rules, int asOfDay, int windowStartDay)
    {
        var scores = new long[residents];
        var tiers = new CreditTier[residents];
        foreach (var resident in rows.Where(r => r.Day <= asOfDay).GroupBy(r => r.Resident))
        {
            var counted = resident
                .Select(r => (Row: r, Rule: rules[r.RuleId]))
                .GroupBy(x => (x.Rule.Category, Month: MonthKey(x.Row.Day)))
                .SelectMany(group =>
                {
                    var used = 0;
                    return group.OrderBy(x => x.Row.Day).Select(x =>
                    {
                        var p = x.Rule.Points;
                        if (p > 0)
                        {
                            p = Math.Min(p, ScoringWorkload.MonthlyCap - used);
                            used += p;
                        }

                        return (x.Row.Day, Points: p);
                    }).ToList();
                });
            var score = 1000 + counted.Where(x => x.Day >= windowStartDay).Sum(x => (long)x.Points);
            scores[resident.Key] = score;
            tiers[resident.Key] = TierOf(score);
        }

        for (var r = 0; r < residents; r++)
        {
            if (scores[r] == 0)
            {
                scores[r] = 1000;
                tiers[r] = TierOf(1000);
            }
        }

        return (scores, tiers);
    }

    /// <summary>Builds the RulesEngine workflow: one rule per points rule, its points as the success event.</summary>
    public static RulesEngine.RulesEngine CreateEngine(int[] rulePoints)
    {
        var workflow = new Workflow
        {
            WorkflowName = "civility",
            Rules = rulePoints.Select((points, r) => new Rule
            {
                RuleName = string.Create(CultureInfo.InvariantCulture, $"r{r:00}"),
                Expression = string.Create(CultureInfo.InvariantCulture, $"input1.RuleId == \"r{r:00}\""),
                SuccessEvent = points.ToString(CultureInfo.InvariantCulture),
            }).ToList(),
        };
        return new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    /// <summary>RulesEngine evaluates the 40 rules for each entry (ExecuteAllRulesAsync); caps, expiry and tiers follow in C#.</summary>
    public static async Task<(long[] Scores, CreditTier[] Tiers)> RulesEngineAsync(RulesEngine.RulesEngine engine, IReadOnlyList<LedgerRow> rows, int residents, IReadOnlyDictionary<string, (int Category, int Points)> rules, int asOfDay, int windowStartDay)
    {
        var resolved = new List<LedgerRow>(rows.Count);
        var pointsOf = new Dictionary<LedgerRow, int>(ReferenceEqualityComparer.Instance);
        foreach (var row in rows)
        {
            var results = await engine.ExecuteAllRulesAsync("civility", row).ConfigureAwait(false);
            var hit = results.First(r => r.IsSuccess);
            pointsOf[row] = int.Parse(hit.Rule.SuccessEvent, CultureInfo.InvariantCulture);
            resolved.Add(row);
        }

        var scores = new long[residents];
        var tiers = new CreditTier[residents];
        for (var r = 0; r < residents; r++)
        {
            var month = new int[ScoringWorkload.CategoryCount];
            var used = new int[ScoringWorkload.CategoryCount];
            Array.Fill(month, -1);
            long honour = 0;
            foreach (var row in resolved.Where(x => x.Resident == r && x.Day <= asOfDay))
            {
                var p = pointsOf[row];
                if (p > 0)
                {
                    var c = rules[row.RuleId].Category;
                    var m = MonthKey(row.Day);
                    if (month[c] != m)
                    {
                        (month[c], used[c]) = (m, 0);
                    }

                    p = Math.Min(p, ScoringWorkload.MonthlyCap - used[c]);
                    used[c] += p;
                }

                if (row.Day >= windowStartDay)
                {
                    honour += p;
                }
            }

            scores[r] = 1000 + honour;
            tiers[r] = TierOf(scores[r]);
        }

        return (scores, tiers);
    }

    private static int MonthKey(int day)
    {
        var date = Ruicheng.Civility.Scoring.CivilityScorer.DateOf(day);
        return (date.Year * 12) + date.Month - 1;
    }

    private static CreditTier TierOf(long score) =>
        score >= 1050 ? CreditTier.AAA : score >= 1030 ? CreditTier.AA : score >= 960 ? CreditTier.A : score >= 850 ? CreditTier.B : score >= 600 ? CreditTier.C : CreditTier.D;
}
