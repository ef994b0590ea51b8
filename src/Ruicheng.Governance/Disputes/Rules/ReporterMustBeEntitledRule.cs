namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A dispute is reported by a grid worker (网格员), a resident, a party or a governance post holder.</summary>
public sealed class ReporterMustBeEntitledRule : DisputeReportRule
{
    private ReporterMustBeEntitledRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.report.actor</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.report.actor");

    /// <summary>The rule, as <see cref="DisputeReportRules.All"/> lists it.</summary>
    public static ReporterMustBeEntitledRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "reported by a grid worker, a resident, a party or a post holder";

    internal override void Check(DisputeReport report, ICollection<RuleViolation> violations)
    {
        if (report.Reporter.Role is not (ActorRole.GridWorker or ActorRole.Resident or ActorRole.PostHolder or ActorRole.Party))
        {
            violations.Add(RuleViolation.Of(Id, $"A dispute is reported by a grid worker, a resident, a party or a post holder, not by {report.Reporter.Role}."));
        }
    }
}
