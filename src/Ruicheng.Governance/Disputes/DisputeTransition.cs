namespace Ruicheng.Governance.Disputes;

/// <summary>One row of the workflow's transition table: from a state, on a trigger, to a state, under a guard.</summary>
/// <param name="From">The state before.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="To">The state after.</param>
/// <param name="Guard">What must hold, in words (the rules are checked by <see cref="DisputeCase"/>).</param>
public sealed record DisputeTransition(DisputeState From, DisputeTrigger Trigger, DisputeState To, string Guard);
