namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A petition (信访) is reported with <see cref="DisputeCase.ReportPetition"/>, whose claim is checked against earlier
/// cases; every other case type with <see cref="DisputeCase.Report"/>.
/// </summary>
public static class PetitionsAreReportedAsPetitionsRule
{
    /// <summary>The rule's stable id: <c>governance.report.petition</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.report.petition");

    /// <summary>
    /// The violation when a case of <paramref name="caseType"/> (null when the rulebook has no such type, which another
    /// rule reports) is reported through the other door: a petition by <c>Report</c>, or a non-petition by
    /// <c>ReportPetition</c> (<paramref name="reportedAsPetition"/>); else null.
    /// </summary>
    internal static RuleViolation? Check(DisputeCaseType? caseType, bool reportedAsPetition) => caseType switch
    {
        { IsPetition: true } when !reportedAsPetition => RuleViolation.Of(Id, $"A {caseType.Id} case is a petition (信访): report it with ReportPetition."),
        { IsPetition: false } when reportedAsPetition => RuleViolation.Of(Id, $"A {caseType.Id} case is not a petition: report it with Report."),
        _ => null,
    };
}
