namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A rule a dispute command must satisfy (纠纷办理规则): it checks its own condition and writes its own violation.
/// The workflow's transition table lists, per transition, the rules a command applies
/// (<see cref="DisputeTransition.Rules"/>), and the diagrams' guards are these rules' summaries, so the table that is
/// drawn is the table that decides.
/// </summary>
public abstract class DisputeCommandRule
{
    private protected DisputeCommandRule()
    {
    }

    /// <summary>The code of the violation it writes.</summary>
    public abstract RuleId Code { get; }

    /// <summary>What must hold, in words (the guard shown in the diagrams).</summary>
    public abstract string Summary { get; }

    /// <summary>Adds a violation when the command breaks the rule.</summary>
    internal abstract void Check(DisputeCommand command, ICollection<RuleViolation> violations);

    /// <summary><c>code: summary</c>.</summary>
    public override string ToString() => $"{Code}: {Summary}";
}
