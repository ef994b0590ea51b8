using System.Globalization;

namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A resident belongs to at most one household on any day; moves are dated.</summary>
public sealed class ResidentInOneHouseholdAtATimeRule : HierarchyRule
{
    private ResidentInOneHouseholdAtATimeRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.membership.overlap</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.membership.overlap");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static ResidentInOneHouseholdAtATimeRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "one household at a time";

    internal override void Check(HierarchyCheck check)
    {
        foreach (var group in check.Memberships.Select((m, i) => (m, i)).GroupBy(x => x.m.Resident))
        {
            var ordered = group.OrderBy(x => x.m.From).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var previous = ordered[k - 1].m;
                if (previous.To is null || previous.To >= ordered[k].m.From)
                {
                    check.Add(
                        Id,
                        $"$.memberships[{check.MembershipPosition(ordered[k].i)}].from",
                        $"Resident {group.Key} would be in {previous.Household} and {ordered[k].m.Household} on {ordered[k].m.From}; end one membership before the next begins.",
                        ordered[k].m.From.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
