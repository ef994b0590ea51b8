namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A command is accepted only in a state whose transition table defines it; an invalid transition is never a silent no-op.</summary>
public static class TransitionMustBeDefinedRule
{
    /// <summary>The rule's stable id: <c>dispute.transition.invalid</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.transition.invalid");

    /// <summary>The violation when the transition table defines no <paramref name="transition"/> for <paramref name="trigger"/> in <paramref name="state"/>, else null.</summary>
    internal static RuleViolation? Check(DisputeState state, DisputeTrigger trigger, DisputeTransition? transition) =>
        transition is null
            ? RuleViolation.Of(Id, $"A case that is {state} cannot {trigger}.", Figure.Of("state", state), Figure.Of("trigger", trigger))
            : null;
}
