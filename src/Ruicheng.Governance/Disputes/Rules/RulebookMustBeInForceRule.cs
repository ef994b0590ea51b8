namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A case is opened under a rulebook in force on the day it is reported.</summary>
public sealed class RulebookMustBeInForceRule : DisputeReportRule
{
    private RulebookMustBeInForceRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.rulebook.not-in-force</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.rulebook.not-in-force");

    /// <summary>The rule, as <see cref="DisputeReportRules.All"/> lists it.</summary>
    public static RulebookMustBeInForceRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a rulebook in force on the day of the report";

    internal override void Check(DisputeReport report, ICollection<RuleViolation> violations)
    {
        if (!report.Rulebook.Header.IsInForceOn(report.Date))
        {
            violations.Add(RuleViolation.Of(Id, $"Rulebook {report.Rulebook.Header} is not in force on {report.Date:uuuu-MM-dd}."));
        }
    }
}
