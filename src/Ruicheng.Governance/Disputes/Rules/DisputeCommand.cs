using NodaTime;

namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A command on a case as the rules see it: the case before it, the trigger, who, when and why.</summary>
internal sealed record DisputeCommand(DisputeCase Case, DisputeTrigger Trigger, Actor? Actor, Instant At, string? Reason)
{
    /// <summary>Whether the actor is one of the case's parties.</summary>
    public bool ActorIsParty => Actor is { } actor && Case.Parties.Any(p => p.Resident == actor.Id);

    /// <summary>Whether the actor acts in the role that handles this trigger at the current tier.</summary>
    public bool ActorActsAsHandler => Actor is { } actor && actor.Role == Case.HandlerFor(Trigger);

    /// <summary>Whether a party may take this step as a party (escalating or going to court).</summary>
    public bool PartyMayAct => Trigger is DisputeTrigger.Escalate or DisputeTrigger.ReferToCourt && ActorIsParty && Actor!.Role == ActorRole.Party;
}
