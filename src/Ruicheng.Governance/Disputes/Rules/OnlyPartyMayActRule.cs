namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Only a party may withdraw a case.</summary>
public sealed class OnlyPartyMayActRule : DisputeCommandRule
{
    private OnlyPartyMayActRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.actor.not-party</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.actor.not-party");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static OnlyPartyMayActRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a party";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        if (command.Actor is not { } actor)
        {
            violations.Add(RuleViolation.Of(OnlyTierHandlerMayActRule.Id, $"{command.Trigger} needs an actor; only deadlines act without one."));
        }
        else if (!command.ActorIsParty || actor.Role != ActorRole.Party)
        {
            violations.Add(RuleViolation.Of(Id, $"{actor.Id} is not a party and cannot withdraw the case."));
        }
    }
}
