using System.Collections.Immutable;

namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>The rules every dispute report satisfies (立案规则).</summary>
public static class DisputeReportRules
{
    /// <summary>
    /// What <c>DisputeCase.Report</c>, <c>ReportPetition</c>, <c>ReportPointsAppeal</c> and <c>ReportIncident</c> apply,
    /// in this order, reporting every violation; then the points-appeal check (<see cref="PointsAppealRule"/>: a points
    /// appeal names its ledger entry, any other case names none) and the petition check of the method used
    /// (<see cref="PetitionsAreReportedAsPetitionsRule"/>).
    /// </summary>
    public static ImmutableArray<DisputeReportRule> All { get; } =
    [
        RulebookMustBeInForceRule.Instance,
        CaseTypeMustBeKnownRule.Instance,
        ReporterMustBeEntitledRule.Instance,
        CaseNeedsPartiesRule.Instance,
        SameClaimNotAcceptedAfterReReviewRule.Instance,
    ];
}
