namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A rule a dispute's report must satisfy before a case is opened (立案规则): it checks its own condition and writes its
/// own violation. <see cref="DisputeReportRules.All"/> lists what every report applies, in order.
/// </summary>
public abstract class DisputeReportRule
{
    private protected DisputeReportRule()
    {
    }

    /// <summary>The code of the violation it writes.</summary>
    public abstract RuleId Code { get; }

    /// <summary>What must hold, in words.</summary>
    public abstract string Summary { get; }

    /// <summary>Adds a violation when the report breaks the rule.</summary>
    internal abstract void Check(DisputeReport report, ICollection<RuleViolation> violations);

    /// <summary><c>code: summary</c>.</summary>
    public override string ToString() => $"{Code}: {Summary}";
}
