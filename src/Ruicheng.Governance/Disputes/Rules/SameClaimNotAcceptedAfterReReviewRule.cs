namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A petition claim that has been through re-review (复核) is not accepted again.</summary>
public static class SameClaimNotAcceptedAfterReReviewRule
{
    /// <summary>The rule's stable id: <c>dispute.petition.claim-exhausted</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.petition.claim-exhausted");
}
