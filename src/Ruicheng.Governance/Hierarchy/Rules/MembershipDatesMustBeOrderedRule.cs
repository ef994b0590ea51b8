using System.Globalization;

namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>A membership ends on or after the day it starts.</summary>
public sealed class MembershipDatesMustBeOrderedRule : HierarchyRule
{
    private MembershipDatesMustBeOrderedRule()
    {
    }

    /// <summary>The rule's stable id: <c>hierarchy.membership.dates</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("hierarchy.membership.dates");

    /// <summary>The rule, as <see cref="HierarchyRules.All"/> lists it.</summary>
    public static MembershipDatesMustBeOrderedRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "ends on or after it starts";

    internal override void Check(HierarchyCheck check)
    {
        for (var i = 0; i < check.Memberships.Count; i++)
        {
            var membership = check.Memberships[i];
            if (membership.To is { } to && to < membership.From)
            {
                check.Add(Id, $"$.memberships[{check.MembershipPosition(i)}].to", $"Membership of {membership.Resident} ends {to} before it starts {membership.From}.", to.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }
}
