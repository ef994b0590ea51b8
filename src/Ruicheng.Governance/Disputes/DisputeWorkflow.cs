using System.Collections.Immutable;
using System.Text;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// The tiered dispute workflow (矛盾纠纷分级调处) as one transition table, with its Mermaid and DOT exports.
/// <see cref="DisputeCase"/> accepts exactly the commands this table defines.
/// </summary>
public static class DisputeWorkflow
{
    /// <summary>Every allowed transition with its guard.</summary>
    public static ImmutableArray<DisputeTransition> Transitions { get; } =
    [
        new(DisputeState.Reported, DisputeTrigger.Accept, DisputeState.InMediation, "entry tier's body; not a party or a party's household"),
        new(DisputeState.Reported, DisputeTrigger.Decline, DisputeState.Declined, "entry tier's body; reason given (不予受理)"),
        new(DisputeState.Reported, DisputeTrigger.Withdraw, DisputeState.Withdrawn, "a party"),
        new(DisputeState.Reported, DisputeTrigger.Overdue, DisputeState.Reported, "acceptance deadline passed; noted once by the clock"),
        new(DisputeState.InMediation, DisputeTrigger.RecordAgreement, DisputeState.Settled, "current tier's body; not recused"),
        new(DisputeState.InMediation, DisputeTrigger.RecordFailure, DisputeState.MediationFailed, "current tier's body; not recused"),
        new(DisputeState.InMediation, DisputeTrigger.GrantExtension, DisputeState.InMediation, "current tier's body; extensions left"),
        new(DisputeState.InMediation, DisputeTrigger.ChangeComplexity, DisputeState.InMediation, "accepting tier's body, at that tier; once; reason given"),
        new(DisputeState.InMediation, DisputeTrigger.Escalate, DisputeState.InMediation, "a party or the tier's body; a next tier before litigation"),
        new(DisputeState.InMediation, DisputeTrigger.DeadlineEscalation, DisputeState.InMediation, "deadline passed; a next tier before litigation"),
        new(DisputeState.InMediation, DisputeTrigger.Overdue, DisputeState.InMediation, "deadline passed; no tier before litigation left, or escalation refused; noted once"),
        new(DisputeState.InMediation, DisputeTrigger.UpholdAppeal, DisputeState.Settled, "current tier's body; points-appeal case; not recused"),
        new(DisputeState.InMediation, DisputeTrigger.DismissAppeal, DisputeState.MediationFailed, "current tier's body; points-appeal case; reason given"),
        new(DisputeState.InMediation, DisputeTrigger.ReferToCourt, DisputeState.ReferredToCourt, "administrative stage reached or exempt"),
        new(DisputeState.InMediation, DisputeTrigger.Withdraw, DisputeState.Withdrawn, "a party"),
        new(DisputeState.MediationFailed, DisputeTrigger.Escalate, DisputeState.InMediation, "a party or the tier's body; a next tier before litigation"),
        new(DisputeState.MediationFailed, DisputeTrigger.ReferToCourt, DisputeState.ReferredToCourt, "administrative stage reached or exempt"),
        new(DisputeState.MediationFailed, DisputeTrigger.Withdraw, DisputeState.Withdrawn, "a party"),
        new(DisputeState.MediationFailed, DisputeTrigger.Close, DisputeState.Closed, "current tier's body"),
        new(DisputeState.Settled, DisputeTrigger.Close, DisputeState.Closed, "current tier's body"),
        new(DisputeState.ReferredToCourt, DisputeTrigger.Close, DisputeState.Closed, "the court or the referring body"),
    ];

    /// <summary>States no transition leaves.</summary>
    public static ImmutableHashSet<DisputeState> TerminalStates { get; } =
        Enum.GetValues<DisputeState>().Where(s => Transitions.All(t => t.From != s)).ToImmutableHashSet();

    /// <summary>The transition for a state and trigger, or null when the table has none.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    public static DisputeTransition? Find(DisputeState from, DisputeTrigger trigger) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Trigger == trigger);

    /// <summary>The workflow as a Mermaid state diagram.</summary>
    public static string ToMermaid()
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        text.Append("    [*] --> ").Append(DisputeState.Reported).Append('\n');
        foreach (var t in Transitions)
        {
            text.Append("    ").Append(t.From).Append(" --> ").Append(t.To).Append(" : ").Append(t.Trigger).Append('\n');
        }

        foreach (var terminal in TerminalStates.Order())
        {
            text.Append("    ").Append(terminal).Append(" --> [*]\n");
        }

        return text.ToString();
    }

    /// <summary>The workflow as a Graphviz DOT digraph, guards as edge tooltips.</summary>
    public static string ToDot()
    {
        var text = new StringBuilder("digraph DisputeWorkflow {\n    rankdir=LR;\n");
        foreach (var terminal in TerminalStates.Order())
        {
            text.Append("    ").Append(terminal).Append(" [shape=doublecircle];\n");
        }

        foreach (var t in Transitions)
        {
            text.Append("    ").Append(t.From).Append(" -> ").Append(t.To)
                .Append(" [label=\"").Append(t.Trigger).Append("\", tooltip=\"").Append(t.Guard.Replace("\"", "'", StringComparison.Ordinal)).Append("\"];\n");
        }

        return text.Append("}\n").ToString();
    }
}
