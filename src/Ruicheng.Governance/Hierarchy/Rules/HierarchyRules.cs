using System.Collections.Immutable;

namespace Ruicheng.Governance.Hierarchy.Rules;

/// <summary>The rules every hierarchy satisfies (区划层级规则), as one list.</summary>
public static class HierarchyRules
{
    /// <summary>
    /// The units' rules, then the households', then the memberships', in the order a check applies them. A check
    /// reports every violation of every rule: rule by rule in this order, and within a rule in document order (the
    /// position of the definition in its list). The units are put in tree order only when no unit rule is broken.
    /// </summary>
    public static ImmutableArray<HierarchyRule> All { get; } =
    [
        UnitIdMustBeUniqueRule.Instance,
        UnitCodeMustBeUniqueRule.Instance,
        CodeMustExtendParentCodeRule.Instance,
        ParentMustExistRule.Instance,
        ChildLevelMustFollowParentRule.Instance,
        HierarchyMustBeAcyclicRule.Instance,
        HierarchyMustHaveOneCountyRule.Instance,
        HouseholdIdMustBeUniqueRule.Instance,
        HouseholdMustBeInGridRule.Instance,
        MembershipMustNameKnownHouseholdRule.Instance,
        MembershipDatesMustBeOrderedRule.Instance,
        ResidentInOneHouseholdAtATimeRule.Instance,
    ];

    /// <summary>How many of <see cref="All"/>, from the start, are about units.</summary>
    internal const int UnitRuleCount = 7;
}
