namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A case is accepted as simple, ordinary or complex only when its case type states the limits for each, with a
/// reason; the judgement may be changed once, with a reason, while the case is at the tier that accepted it.
/// </summary>
public static class ComplexityRule
{
    /// <summary>The rule's stable id: <c>governance.complexity</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.complexity");

    /// <summary>
    /// When <paramref name="caseType"/> gives a limit for <paramref name="complexity"/>, that limit in
    /// <paramref name="limit"/> and null; else the violation.
    /// </summary>
    internal static RuleViolation? CheckAcceptance(DisputeCaseType caseType, CaseComplexity complexity, out Calendars.TimeLimit limit)
    {
        if (caseType.ComplexityLimits.TryGetValue(complexity, out limit))
        {
            return null;
        }

        return RuleViolation.Of(Id, $"A {caseType.Id} case is not sorted by complexity.", Figure.Of("complexity", complexity));
    }

    /// <summary>
    /// When <paramref name="disputeCase"/> was accepted by complexity, has not changed it yet, is still at the tier that
    /// accepted it and its case type gives a limit for <paramref name="complexity"/>: that limit in
    /// <paramref name="limit"/> and null; else the violation, naming the first of these that fails.
    /// </summary>
    internal static RuleViolation? CheckChange(DisputeCase disputeCase, CaseComplexity complexity, out Calendars.TimeLimit limit)
    {
        limit = default;
        var why =
            disputeCase.Complexity is null ? "the case was not accepted by complexity"
            : disputeCase.ComplexityChanged ? "the complexity was changed once already"
            : disputeCase.TierIndex != disputeCase.CaseType.EntryTier ? "the case has left the tier that accepted it"
            : !disputeCase.CaseType.ComplexityLimits.TryGetValue(complexity, out limit) ? $"a {disputeCase.CaseType.Id} case gives no limit for {complexity}"
            : null;
        return why is null
            ? null
            : RuleViolation.Of(Id, $"The complexity cannot change: {why}.", Figure.Of("complexity", disputeCase.Complexity));
    }
}
