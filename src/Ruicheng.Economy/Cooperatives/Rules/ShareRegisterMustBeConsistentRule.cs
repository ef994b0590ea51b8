using System.Globalization;

namespace Ruicheng.Economy.Cooperatives.Rules;

/// <summary>
/// A share register lists each member once, and each holding belongs to a listed member, has positive units and ends
/// (when it ends) on or after the day it starts.
/// </summary>
public static class ShareRegisterMustBeConsistentRule
{
    /// <summary>The rule's stable id: <c>economy.register.inconsistent</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("economy.register.inconsistent");

    /// <summary>
    /// Adds a violation at <c>members[i]</c> for each member row that is null or repeats an earlier member's id, in row
    /// order, and returns the ids of the members listed.
    /// </summary>
    internal static HashSet<MemberId> CheckMembers(IReadOnlyList<CooperativeMember?> members, List<RuleViolation> violations)
    {
        var ids = new HashSet<MemberId>();
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is not { } member)
            {
                violations.Add(RuleViolation.At(Id, Path("members", i), "A member row is missing (null)."));
            }
            else if (!ids.Add(member.Id))
            {
                violations.Add(RuleViolation.At(Id, Path("members", i), $"Member '{member.Id}' appears twice.", member.Id.Value));
            }
        }

        return ids;
    }

    /// <summary>
    /// Adds the violations of the holding row at <c>holdings[index]</c>, in this order: a null row (and nothing more);
    /// a member not in <paramref name="members"/> (<c>.member</c>); units not positive (<c>.units</c>); an end before
    /// the start (<c>.to</c>).
    /// </summary>
    internal static void CheckHolding(ShareHolding? holding, int index, IReadOnlySet<MemberId> members, List<RuleViolation> violations)
    {
        var path = Path("holdings", index);
        if (holding is null)
        {
            violations.Add(RuleViolation.At(Id, path, "A holding row is missing (null)."));
            return;
        }

        if (!members.Contains(holding.Member))
        {
            violations.Add(RuleViolation.At(Id, path + ".member", $"The holding names '{holding.Member}', who is not a member.", holding.Member.ToString()));
        }

        if (holding.Units <= 0)
        {
            violations.Add(RuleViolation.At(
                Id, path + ".units", $"The {holding.Class} holding of {holding.Member} has {holding.Units} units; units are positive.",
                holding.Units.ToString(CultureInfo.InvariantCulture)));
        }

        if (holding.To is { } to && to < holding.From)
        {
            violations.Add(RuleViolation.At(
                Id, path + ".to", $"The {holding.Class} holding of {holding.Member} ends on {to:uuuu-MM-dd}, before it starts on {holding.From:uuuu-MM-dd}.",
                to.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        }
    }

    private static string Path(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");
}
