using System.Globalization;
using NodaTime;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Tests.Scoring;

/// <summary>
/// A scorer written plainly from the Civility README's "How scores are computed", sharing no code with the library:
/// the oracle the library's scoring paths are held equal to.
/// </summary>
internal static class ReferenceScorer
{
    public sealed record Figures(long Score, long Honour, long Capped, long Expired, long CountedAwards);

    /// <param name="rulebook">The rulebook.</param>
    /// <param name="entries">One resident's unreversed awards and deductions: date, rule id, occurrences.</param>
    /// <param name="asOf">The scoring date D.</param>
    public static Figures Score(CivilityRulebook rulebook, IEnumerable<(LocalDate Date, string Rule, int Quantity)> entries, LocalDate asOf)
    {
        // Step 1 and 2: entries on or before D, each with its version's points.
        var taken = entries.Where(e => e.Date <= asOf)
            .Select(e => (e.Date, e.Rule, Version: rulebook.FindRuleInForce(RuleId.From(e.Rule), e.Date)!, e.Quantity))
            .Select(e => (e.Date, e.Rule, e.Version, Points: (long)e.Quantity * e.Version.Points))
            // Step 3: date, rule id (ordinal), points.
            .OrderBy(e => e.Date).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Points)
            .ToList();

        var windowStart = asOf.PlusMonths(-rulebook.Expiry.HonourWindowMonths).PlusDays(1);
        var used = new Dictionary<string, long>();
        long honour = 0, capped = 0, expired = 0, countedAwards = 0;
        foreach (var (date, rule, version, points) in taken)
        {
            var counted = points;
            if (points > 0)
            {
                // Step 4: the counters the entry meets, each with its room.
                var counters = new List<(string Key, long? Max)>();
                var ruleKinds = rulebook.Rules.Where(r => r.Id.Value == rule).SelectMany(r => r.Caps).Select(c => c.Period).Distinct();
                foreach (var kind in ruleKinds)
                {
                    var own = version.Caps.Where(c => c.Period == kind).Select(c => (long?)c.Max).Min();
                    counters.Add(($"rule/{rule}/{Label(kind.ToString(), date)}", own));
                }

                var category = rulebook.Categories.Single(c => c.Id == version.Category);
                foreach (var kind in category.Caps.Select(c => c.Period).Distinct())
                {
                    counters.Add(($"category/{category.Id}/{Label(kind.ToString(), date)}", category.Caps.Where(c => c.Period == kind).Min(c => c.Max)));
                }

                foreach (var (key, max) in counters)
                {
                    if (max is { } limit)
                    {
                        counted = Math.Min(counted, Math.Max(0, limit - used.GetValueOrDefault(key)));
                    }
                }

                foreach (var (key, _) in counters)
                {
                    used[key] = used.GetValueOrDefault(key) + counted;
                }

                countedAwards += counted;
            }

            capped += points - counted;
            if (date < windowStart)
            {
                expired += counted;
            }
            else
            {
                honour += counted;
            }
        }

        return new Figures(rulebook.Credit.BaseScore + honour, honour, capped, expired, countedAwards);
    }

    private static string Label(string kind, LocalDate date) => kind switch
    {
        "Day" => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        "Month" => date.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        "Quarter" => $"{date.Year}-Q{((date.Month - 1) / 3) + 1}",
        _ => date.Year.ToString(CultureInfo.InvariantCulture),
    };
}
