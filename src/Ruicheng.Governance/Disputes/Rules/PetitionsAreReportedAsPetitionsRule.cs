namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>
/// A petition (信访) is reported with <see cref="DisputeCase.ReportPetition"/>, whose claim is checked against earlier
/// cases; every other case type with <see cref="DisputeCase.Report"/>.
/// </summary>
public static class PetitionsAreReportedAsPetitionsRule
{
    /// <summary>The rule's stable id: <c>governance.report.petition</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.report.petition");
}
