using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Claims.Rules;

/// <summary>No one may confirm or review a claim whose beneficiary is in their own household (回避).</summary>
public sealed class NoConflictOfInterestRule : ClaimRule
{
    private NoConflictOfInterestRule()
    {
    }

    /// <summary>The rule's stable id: <c>claim.conflict-of-interest</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.conflict-of-interest");

    /// <summary>The rule, as <see cref="ClaimRules"/> lists it.</summary>
    public static NoConflictOfInterestRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "decided by someone outside the beneficiary's household (回避)";

    internal override RuleViolation? Check(ClaimCheck check)
    {
        var actor = check.Actor;
        return check.Command switch
        {
            ClaimCommand.Finalize when check.ActorIsConflicted || actor.Role is not (CivilityRole.GridWorker or CivilityRole.Cadre or CivilityRole.CouncilMember)
                => RuleViolation.Of(Id, $"{actor.Id} may not confirm a claim for {check.Resident}."),
            ClaimCommand.Review when check.ActorIsConflicted
                => RuleViolation.Of(Id, $"{actor.Id} is in {check.Resident}'s household and must step aside (回避)."),
            _ => null,
        };
    }
}
