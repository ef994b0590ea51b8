using Ruicheng.Governance.Disputes;

namespace Ruicheng.Governance.Tests.Disputes;

public class DisputeWorkflowTests
{
    [Fact]
    public void Mermaid_IsPinned() => Assert.Equal(
        """
        stateDiagram-v2
            [*] --> Reported
            Reported --> InMediation : Accept
            Reported --> Declined : Decline
            Reported --> Withdrawn : Withdraw
            Reported --> Reported : Overdue
            InMediation --> Settled : RecordAgreement
            InMediation --> MediationFailed : RecordFailure
            InMediation --> InMediation : GrantExtension
            InMediation --> InMediation : ChangeComplexity
            InMediation --> InMediation : Escalate
            InMediation --> InMediation : DeadlineEscalation
            InMediation --> InMediation : Overdue
            InMediation --> Settled : UpholdAppeal
            InMediation --> MediationFailed : DismissAppeal
            InMediation --> ReferredToCourt : ReferToCourt
            InMediation --> Withdrawn : Withdraw
            MediationFailed --> InMediation : Escalate
            MediationFailed --> ReferredToCourt : ReferToCourt
            MediationFailed --> Withdrawn : Withdraw
            MediationFailed --> Closed : Close
            Settled --> Closed : Close
            ReferredToCourt --> Closed : Close
            Declined --> [*]
            Withdrawn --> [*]
            Closed --> [*]

        """.ReplaceLineEndings("\n"),
        DisputeWorkflow.ToMermaid());

    [Fact]
    public void Dot_IsPinned()
    {
        var dot = DisputeWorkflow.ToDot();
        Assert.StartsWith("digraph DisputeWorkflow {\n    rankdir=LR;\n    Declined [shape=doublecircle];\n    Withdrawn [shape=doublecircle];\n    Closed [shape=doublecircle];\n", dot, StringComparison.Ordinal);
        Assert.Contains("    Reported -> InMediation [label=\"Accept\", tooltip=\"dated no earlier than the last recorded step; the tier's body (or, to escalate or go to court, a party); not a party or in a party's household (回避)\"];\n", dot, StringComparison.Ordinal);
        Assert.Equal(DisputeWorkflow.Transitions.Length, dot.Split(" -> ").Length - 1);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void TheGuardsDrawn_AreTheRulesThatDecide()
    {
        // Issue 17: each row's guard is its rule objects' summaries, and each rule object writes its own code.
        foreach (var transition in DisputeWorkflow.Transitions)
        {
            Assert.Equal(string.Join("; ", transition.Rules.Select(r => r.Summary).Concat(transition.Note is null ? [] : [transition.Note])), transition.Guard);
            Assert.True(transition.Rules.Length > 0 || transition.Trigger == DisputeTrigger.Overdue, $"{transition.From} {transition.Trigger} names its rules");
        }

        Assert.Contains(DisputeWorkflow.Transitions.Single(t => t.From == DisputeState.Reported && t.Trigger == DisputeTrigger.Decline).Rules,
            r => r.Code == Ruicheng.Governance.Disputes.Rules.ReasonRequiredRule.Id);
        Assert.Equal("dispute.reason.required: a reason given", Ruicheng.Governance.Disputes.Rules.ReasonRequiredRule.Instance.ToString());
    }

    [Fact]
    public void TerminalStates_AreDeclinedWithdrawnClosed() =>
        Assert.Equal([DisputeState.Declined, DisputeState.Withdrawn, DisputeState.Closed], DisputeWorkflow.TerminalStates.Order());
}
