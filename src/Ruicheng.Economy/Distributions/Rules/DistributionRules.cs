using System.Collections.Immutable;

namespace Ruicheng.Economy.Distributions.Rules;

/// <summary>The rules of a cooperative's distribution (收益分配规则), in the order they are applied.</summary>
public static class DistributionRules
{
    /// <summary>
    /// Applied to the plan, the register and the patronage before anything is divided: every violation of every rule is
    /// reported, rule by rule in this order, each rule's in the order of the members (by id) or of the plan's parties.
    /// </summary>
    public static ImmutableArray<DistributionRule> BeforeDividing { get; } =
    [
        MemberMustNotExceedShareCapRule.Instance,
        PatronageRequiredForPatronageSplitRule.Instance,
        SplitMemberMustBeRegisteredRule.Instance,
    ];

    /// <summary>Applied to the figures of a distribution that divided without breaking any rule before it.</summary>
    public static ImmutableArray<DistributionRule> OnTheFigures { get; } = [PatronageReturnMinimumRule.Instance];
}
