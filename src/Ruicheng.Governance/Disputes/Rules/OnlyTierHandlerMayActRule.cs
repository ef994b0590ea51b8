namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>Only the body handling the current tier (by role) may accept, decline, record an agreement or a failure, grant an extension or close.</summary>
public sealed class OnlyTierHandlerMayActRule : DisputeCommandRule
{
    private OnlyTierHandlerMayActRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.actor.not-handler</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.actor.not-handler");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static OnlyTierHandlerMayActRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "the tier's body (or, to escalate or go to court, a party)";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        if (command.Actor is not { } actor)
        {
            violations.Add(RuleViolation.Of(Id, $"{command.Trigger} needs an actor; only deadlines act without one."));
            return;
        }

        if (command.PartyMayAct || command.ActorActsAsHandler)
        {
            return;
        }

        var handler = command.Case.HandlerFor(command.Trigger);
        violations.Add(command.Trigger is DisputeTrigger.Escalate or DisputeTrigger.ReferToCourt
            ? RuleViolation.Of(Id, $"Only a party or the {handler} may {command.Trigger}; {actor.Id} acts as {actor.Role}.", Figure.Of("handler", handler), Figure.Of("role", actor.Role))
            : RuleViolation.Of(Id, $"Only the {handler} may {command.Trigger} at this tier; {actor.Id} acts as {actor.Role}.", Figure.Of("handler", handler), Figure.Of("role", actor.Role)));
    }
}
