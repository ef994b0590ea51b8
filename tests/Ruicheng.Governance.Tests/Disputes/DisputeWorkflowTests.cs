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
        Assert.Contains("    Reported -> InMediation [label=\"Accept\", tooltip=\"entry tier's body; not a party or a party's household\"];\n", dot, StringComparison.Ordinal);
        Assert.Equal(DisputeWorkflow.Transitions.Length, dot.Split(" -> ").Length - 1);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalStates_AreDeclinedWithdrawnClosed() =>
        Assert.Equal([DisputeState.Declined, DisputeState.Withdrawn, DisputeState.Closed], DisputeWorkflow.TerminalStates.Order());
}
