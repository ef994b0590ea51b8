using System.Collections.Immutable;
using Ruicheng.Civility.Claims.Rules;

namespace Ruicheng.Civility.Claims;

/// <summary>
/// Which rules each claim command applies, in order. A declaration reports every rule it breaks; every later command
/// is refused with the first rule it breaks.
/// </summary>
public static class ClaimRules
{
    /// <summary>The rules a command applies, in order.</summary>
    /// <param name="command">The command.</param>
    public static ImmutableArray<ClaimRule> For(ClaimCommand command) => command switch
    {
        ClaimCommand.Declare => [DeclarerMustBeEntitledRule.Instance, ClaimRuleMustBeInForceRule.Instance],
        ClaimCommand.Publish => [ClaimTransitionMustBeDefinedRule.Instance, DeclarerMustBeEntitledRule.Instance],
        ClaimCommand.Object => [ClaimTransitionMustBeDefinedRule.Instance],
        ClaimCommand.Finalize => [ClaimTransitionMustBeDefinedRule.Instance, NoticePeriodMustHaveEndedRule.Instance, NoConflictOfInterestRule.Instance],
        ClaimCommand.Review => [ClaimTransitionMustBeDefinedRule.Instance, ReviewerMustBeCouncilMemberRule.Instance, NoConflictOfInterestRule.Instance],
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown claim command."),
    };
}
