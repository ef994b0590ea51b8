namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A case of a points-appeal type (<see cref="DisputeCaseType.AppealsPointsEntry"/>) names the ledger entry it appeals
/// and is decided only by upholding or dismissing the appeal (not by a mediation agreement or failure); no other case
/// type names an entry or is decided that way; a corrected quantity is positive.
/// </summary>
public sealed class PointsAppealRule : DisputeCommandRule
{
    private PointsAppealRule()
    {
    }

    /// <summary>The rule's stable id: <c>governance.points-appeal</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.points-appeal");

    /// <summary>The rule, as the workflow table lists it.</summary>
    public static PointsAppealRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a points appeal is decided by upholding or dismissing it, and only a points appeal is";

    internal override void Check(DisputeCommand command, ICollection<RuleViolation> violations)
    {
        var appeals = command.Case.CaseType.AppealsPointsEntry;
        if (command.Trigger is DisputeTrigger.UpholdAppeal or DisputeTrigger.DismissAppeal && !appeals)
        {
            violations.Add(RuleViolation.Of(Id, $"A {command.Case.CaseType.Id} case is not a points appeal; it cannot {command.Trigger}.", Figure.Of("caseType", command.Case.CaseType.Id)));
        }
        else if (command.Trigger is DisputeTrigger.RecordAgreement or DisputeTrigger.RecordFailure && appeals)
        {
            violations.Add(RuleViolation.Of(Id, $"A points appeal is decided by UpholdAppeal or DismissAppeal, not by {command.Trigger}.", Figure.Of("caseType", command.Case.CaseType.Id)));
        }
    }
}
