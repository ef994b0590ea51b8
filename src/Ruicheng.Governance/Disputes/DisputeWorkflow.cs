using System.Collections.Immutable;
using System.Text;
using Ruicheng.Governance.Disputes.Rules;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// The tiered dispute workflow (矛盾纠纷分级调处) as one transition table, with its Mermaid and DOT exports.
/// <see cref="DisputeCase"/> accepts exactly the commands this table defines and checks each with the rule objects
/// its row lists (<see cref="DisputeTransition.Rules"/>); the diagrams' guards are those rules' summaries.
/// </summary>
public static class DisputeWorkflow
{
    private static readonly DisputeCommandRule Dated = CommandsMustBeChronologicalRule.Instance;
    private static readonly DisputeCommandRule Handler = OnlyTierHandlerMayActRule.Instance;
    private static readonly DisputeCommandRule Party = OnlyPartyMayActRule.Instance;
    private static readonly DisputeCommandRule StepAside = MediatorMustStepAsideRule.Instance;
    private static readonly DisputeCommandRule Reason = ReasonRequiredRule.Instance;
    private static readonly DisputeCommandRule Appeal = PointsAppealRule.Instance;
    private static readonly DisputeCommandRule NextTier = EscalationNeedsNextTierRule.Instance;
    private static readonly DisputeCommandRule Window = RequestMustBeWithinWindowRule.Instance;
    private static readonly DisputeCommandRule Administrative = AdministrativeStageBeforeLitigationRule.Instance;
    private static readonly DisputeCommandRule Extensions = ExtensionsMustNotExceedAllowanceRule.Instance;

    /// <summary>Every allowed transition with the rules a command on it applies, in the order they are checked.</summary>
    public static ImmutableArray<DisputeTransition> Transitions { get; } =
    [
        new(DisputeState.Reported, DisputeTrigger.Accept, DisputeState.InMediation, [Dated, Handler, StepAside]),
        new(DisputeState.Reported, DisputeTrigger.Decline, DisputeState.Declined, [Dated, Handler, StepAside, Reason], "不予受理"),
        new(DisputeState.Reported, DisputeTrigger.Withdraw, DisputeState.Withdrawn, [Dated, Party, Reason]),
        new(DisputeState.Reported, DisputeTrigger.Overdue, DisputeState.Reported, [], "acceptance deadline passed; noted once by the clock"),
        new(DisputeState.InMediation, DisputeTrigger.RecordAgreement, DisputeState.Settled, [Dated, Handler, StepAside, Appeal]),
        new(DisputeState.InMediation, DisputeTrigger.RecordFailure, DisputeState.MediationFailed, [Dated, Handler, StepAside, Reason, Appeal]),
        new(DisputeState.InMediation, DisputeTrigger.GrantExtension, DisputeState.InMediation, [Dated, Handler, StepAside, Reason, Extensions]),
        new(DisputeState.InMediation, DisputeTrigger.ChangeComplexity, DisputeState.InMediation, [Dated, Handler, StepAside, Reason], "at the accepting tier; once"),
        new(DisputeState.InMediation, DisputeTrigger.Escalate, DisputeState.InMediation, [Dated, Handler, StepAside, Reason, NextTier, Window]),
        new(DisputeState.InMediation, DisputeTrigger.DeadlineEscalation, DisputeState.InMediation, [Dated, NextTier], "deadline passed; taken by the clock"),
        new(DisputeState.InMediation, DisputeTrigger.Overdue, DisputeState.InMediation, [], "deadline passed; no tier before litigation left, or escalation refused; noted once"),
        new(DisputeState.InMediation, DisputeTrigger.UpholdAppeal, DisputeState.Settled, [Dated, Handler, StepAside, Reason, Appeal]),
        new(DisputeState.InMediation, DisputeTrigger.DismissAppeal, DisputeState.MediationFailed, [Dated, Handler, StepAside, Reason, Appeal]),
        new(DisputeState.InMediation, DisputeTrigger.ReferToCourt, DisputeState.ReferredToCourt, [Dated, Handler, StepAside, Reason, Administrative]),
        new(DisputeState.InMediation, DisputeTrigger.Withdraw, DisputeState.Withdrawn, [Dated, Party, Reason]),
        new(DisputeState.MediationFailed, DisputeTrigger.Escalate, DisputeState.InMediation, [Dated, Handler, StepAside, Reason, NextTier, Window]),
        new(DisputeState.MediationFailed, DisputeTrigger.ReferToCourt, DisputeState.ReferredToCourt, [Dated, Handler, StepAside, Reason, Administrative]),
        new(DisputeState.MediationFailed, DisputeTrigger.Withdraw, DisputeState.Withdrawn, [Dated, Party, Reason]),
        new(DisputeState.MediationFailed, DisputeTrigger.Close, DisputeState.Closed, [Dated, Handler, StepAside]),
        new(DisputeState.Settled, DisputeTrigger.Close, DisputeState.Closed, [Dated, Handler, StepAside]),
        new(DisputeState.ReferredToCourt, DisputeTrigger.Close, DisputeState.Closed, [Dated, Handler, StepAside], "the court or the referring body"),
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
