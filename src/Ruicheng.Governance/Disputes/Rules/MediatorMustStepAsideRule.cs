namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A mediator who is a party, or in a party's household, must step aside (回避).</summary>
public sealed class MediatorMustStepAsideRule : DisputeCommandRule
{
    private MediatorMustStepAsideRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.actor.recused</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.actor.recused");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static MediatorMustStepAsideRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "not a party or in a party's household (回避)";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        // Only the tier's body acting as such steps aside; a party escalating as a party does not.
        if (command.Actor is { } actor && !command.PartyMayAct && command.ActorActsAsHandler
            && (command.ActorIsParty || (actor.Household is { } household && command.Case.Parties.Any(p => p.Household == household))))
        {
            violations.Add(RuleViolation.Of(Id, $"{actor.Id} is a party or in a party's household and must step aside (回避)."));
        }
    }
}
