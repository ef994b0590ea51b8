using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Ledger.Rules;

/// <summary>
/// A ledger moves only to a later version of the same rulebook that leaves the past as it was, so that no entry
/// already recorded scores differently. "The past" is every day before the new version's effective date. The new
/// version must: have the same rulebook id and a higher version number; take effect no earlier than the current one;
/// for every rule id and every past day, have in force exactly the version the current rulebook has in force then
/// (same category, Chinese name, points, unit, hour rounding, caps, review flag and first day; only the last day may
/// differ, and only so that the version still covers every past day it covered); and keep the caps of every category
/// that such a past version belongs to.
/// </summary>
public static class RulebookChangeMustKeepPastRule
{
    /// <summary>The rule's stable id: <c>ledger.rulebook.past-changed</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("ledger.rulebook.past-changed");

    /// <summary>Every way <paramref name="next"/> would change the past of a ledger on <paramref name="current"/>; empty when none.</summary>
    /// <param name="current">The ledger's rulebook.</param>
    /// <param name="next">The proposed version.</param>
    public static ImmutableArray<RuleViolation> Check(CivilityRulebook current, CivilityRulebook next)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        var violations = ImmutableArray.CreateBuilder<RuleViolation>();
        if (next.Header.Id != current.Header.Id || next.Header.Version.CompareTo(current.Header.Version) <= 0 || next.Header.EffectiveFrom < current.Header.EffectiveFrom)
        {
            violations.Add(RuleViolation.At(
                Id, "header", $"Rulebook {next.Header} (from {next.Header.EffectiveFrom:uuuu-MM-dd}) is not a later version of {current.Header} (from {current.Header.EffectiveFrom:uuuu-MM-dd}).",
                next.Header.ToString()));
            return violations.ToImmutable();
        }

        var cut = next.Header.EffectiveFrom;
        var pastCategories = new SortedSet<string>(StringComparer.Ordinal);
        var ids = current.Rules.Concat(next.Rules).Select(r => r.Id).Distinct().OrderBy(id => id.Value, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            // In-force status only changes at a version's first day or the day after its last, so those days suffice.
            var days = current.Rules.Concat(next.Rules).Where(r => r.Id == id)
                .SelectMany(r => r.EffectiveTo is { } to && to < LocalDate.MaxIsoValue ? new[] { r.EffectiveFrom, to.PlusDays(1) } : [r.EffectiveFrom])
                .Where(d => d < cut).Distinct().Order();
            foreach (var day in days)
            {
                var before = current.FindRuleInForce(id, day);
                var after = next.FindRuleInForce(id, day);
                if (before is not null)
                {
                    pastCategories.Add(before.Category.Value);
                }

                if (!Same(before, after))
                {
                    violations.Add(RuleViolation.At(
                        Id, $"rules[{id}]",
                        string.Create(CultureInfo.InvariantCulture, $"Rule {id} on {day:uuuu-MM-dd}, before {next.Header} takes effect on {cut:uuuu-MM-dd}: {Describe(before)} in {current.Header}, {Describe(after)} in {next.Header}."),
                        id.Value, Figure.Of("date", day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))));
                    break;
                }
            }
        }

        foreach (var category in pastCategories)
        {
            var before = current.Categories.First(c => c.Id.Value == category);
            var after = next.Categories.FirstOrDefault(c => c.Id.Value == category);
            if (after is null || !SameCaps(before.Caps, after.Caps))
            {
                violations.Add(RuleViolation.At(
                    Id, $"categories[{category}]",
                    $"Category {category} has rule versions in force before {cut:uuuu-MM-dd}; its caps cannot change in {next.Header}.", category));
            }
        }

        return violations.ToImmutable();
    }

    private static bool Same(PointsRule? before, PointsRule? after) =>
        (before, after) switch
        {
            (null, null) => true,
            ({ } b, { } a) => b.Category == a.Category && b.ChineseName == a.ChineseName && b.Points == a.Points && b.Unit == a.Unit
                && b.Rounding == a.Rounding && SameCaps(b.Caps, a.Caps) && b.ReviewRequired == a.ReviewRequired && b.EffectiveFrom == a.EffectiveFrom,
            _ => false,
        };

    private static bool SameCaps(ImmutableArray<PointsCap> a, ImmutableArray<PointsCap> b) =>
        a.Select(c => (c.Period, c.Max)).Order().SequenceEqual(b.Select(c => (c.Period, c.Max)).Order());

    private static string Describe(PointsRule? rule) =>
        rule is null ? "no version in force" : string.Create(CultureInfo.InvariantCulture, $"the version from {rule.EffectiveFrom:uuuu-MM-dd} ({rule.Points:+#;-#} per {rule.Unit.ToString().ToLowerInvariant()})");
}
