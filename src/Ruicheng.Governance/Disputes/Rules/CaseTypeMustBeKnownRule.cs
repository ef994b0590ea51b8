namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A case has a type the rulebook in force defines.</summary>
public sealed class CaseTypeMustBeKnownRule : DisputeReportRule
{
    private CaseTypeMustBeKnownRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.case-type.unknown</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.case-type.unknown");

    /// <summary>The rule, as <see cref="DisputeReportRules.All"/> lists it.</summary>
    public static CaseTypeMustBeKnownRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a case type the rulebook defines";

    internal override void Check(DisputeReport report, ICollection<RuleViolation> violations)
    {
        if (report.Type is null)
        {
            violations.Add(RuleViolation.Of(Id, $"Case type '{report.CaseType}' is not defined by rulebook {report.Rulebook.Header}."));
        }
    }
}
