using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Claims.Rules;

/// <summary>Only a grid worker, a cadre or the resident themself may declare a claim.</summary>
public sealed class DeclarerMustBeEntitledRule : ClaimRule
{
    private DeclarerMustBeEntitledRule()
    {
    }

    /// <summary>The rule's stable id: <c>claim.declare.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("claim.declare.actor");

    /// <summary>The rule, as <see cref="ClaimRules"/> lists it.</summary>
    public static DeclarerMustBeEntitledRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "declared by a grid worker, a cadre or the resident themself; published by a grid worker or cadre";

    internal override RuleViolation? Check(ClaimCheck check)
    {
        var actor = check.Actor;
        return check.Command switch
        {
            ClaimCommand.Declare when actor.Role is not (CivilityRole.GridWorker or CivilityRole.Cadre) && !(actor.Role == CivilityRole.Resident && actor.Id == check.Resident)
                => RuleViolation.Of(Id, $"{actor.Id} acting as {actor.Role} cannot declare points for {check.Resident}."),
            ClaimCommand.Publish when actor.Role is not (CivilityRole.GridWorker or CivilityRole.Cadre)
                => RuleViolation.Of(Id, $"{actor.Role} cannot publish claims."),
            _ => null,
        };
    }
}
