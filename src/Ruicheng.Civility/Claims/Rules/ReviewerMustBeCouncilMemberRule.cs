namespace Ruicheng.Civility.Claims.Rules;

/// <summary>Only a member of the moral evaluation council (道德评议会) may confirm or reject a claim after an objection.</summary>
public static class ReviewerMustBeCouncilMemberRule
{
    /// <summary>The rule's stable id: <c>claim.review.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.review.actor");
}
