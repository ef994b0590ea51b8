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

    /// <summary>
    /// The violation when a report of <paramref name="type"/> (null: unknown, reported by another rule) does not match
    /// its door: a points-appeal type without <paramref name="appealedEntry"/>, or another type with one; else null.
    /// </summary>
    internal static RuleViolation? CheckReport(DisputeCaseType? type, string? appealedEntry) => type switch
    {
        { AppealsPointsEntry: true } when string.IsNullOrWhiteSpace(appealedEntry) =>
            RuleViolation.Of(Id, $"A {type.Id} case appeals a civility ledger entry: report it with ReportPointsAppeal, naming the entry."),
        { AppealsPointsEntry: false } when appealedEntry is not null => RuleViolation.Of(Id, $"A {type.Id} case is not a points appeal and names no ledger entry."),
        _ => null,
    };

    /// <summary>The violation when <paramref name="correctedQuantity"/> is given and not positive, else null.</summary>
    internal static RuleViolation? CheckCorrectedQuantity(decimal? correctedQuantity) =>
        correctedQuantity is <= 0
            ? RuleViolation.Of(Id, $"A corrected quantity is positive, not {correctedQuantity}.", Figure.Of("quantity", correctedQuantity))
            : null;

    /// <summary>The violation when a points appeal is reported under <paramref name="caseType"/>, a type that exists (<paramref name="type"/>) and is not a points-appeal type, else null.</summary>
    internal static RuleViolation? CheckAppealDoor(DisputeCaseType? type, string caseType) =>
        type is { AppealsPointsEntry: false } ? RuleViolation.Of(Id, $"Case type '{caseType}' is not a points-appeal type.") : null;
}
