using System.Collections.Immutable;
using Ruicheng.Governance.Disputes.Rules;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// One row of the workflow's transition table: from a state, on a trigger, to a state, under the rules a command
/// applies, in the order they are checked (a command that breaks several gets every violation, in that order).
/// </summary>
/// <param name="From">The state before.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="To">The state after.</param>
/// <param name="Rules">The rules a command on this transition applies, in order.</param>
/// <param name="Note">What else holds, in words, for a transition the clock takes (no command, so no rules).</param>
public sealed record DisputeTransition(DisputeState From, DisputeTrigger Trigger, DisputeState To, ImmutableArray<DisputeCommandRule> Rules, string? Note = null)
{
    /// <summary>What must hold, in words: the rules' summaries (and the note), as the diagrams show them.</summary>
    public string Guard => string.Join("; ", Rules.Select(r => r.Summary).Concat(Note is null ? [] : [Note]));
}
