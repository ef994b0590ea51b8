namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A dispute has at least one party.</summary>
public sealed class CaseNeedsPartiesRule : DisputeReportRule
{
    private CaseNeedsPartiesRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.parties.required</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.parties.required");

    /// <summary>The rule, as <see cref="DisputeReportRules.All"/> lists it.</summary>
    public static CaseNeedsPartiesRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "at least one party";

    internal override void Check(DisputeReport report, ICollection<RuleViolation> violations)
    {
        if (report.Parties.IsEmpty)
        {
            violations.Add(RuleViolation.Of(Id, "A dispute needs at least one party."));
        }
    }
}
