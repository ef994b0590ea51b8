using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Claims.Rules;

/// <summary>Only a member of the moral evaluation council (道德评议会) may confirm or reject a claim after an objection.</summary>
public sealed class ReviewerMustBeCouncilMemberRule : ClaimRule
{
    private ReviewerMustBeCouncilMemberRule()
    {
    }

    /// <summary>The rule's stable id: <c>claim.review.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.review.actor");

    /// <summary>The rule, as <see cref="ClaimRules"/> lists it.</summary>
    public static ReviewerMustBeCouncilMemberRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "reviewed by a member of the moral evaluation council (道德评议会)";

    internal override RuleViolation? Check(ClaimCheck check)
    {
        return check.Actor.Role != CivilityRole.CouncilMember
            ? RuleViolation.Of(Id, $"{check.Actor.Id} acts as {check.Actor.Role}, not as a council member.")
            : null;
    }
}
