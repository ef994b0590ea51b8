namespace Ruicheng.Governance.Disputes.Rules;

/// <summary>A petition claim that has been through re-review (复核) is not accepted again.</summary>
public sealed class SameClaimNotAcceptedAfterReReviewRule : DisputeReportRule
{
    private SameClaimNotAcceptedAfterReReviewRule()
    {
    }

    /// <summary>The rule's stable id: <c>dispute.petition.claim-exhausted</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("dispute.petition.claim-exhausted");

    /// <summary>The rule, as <see cref="DisputeReportRules.All"/> lists it.</summary>
    public static SameClaimNotAcceptedAfterReReviewRule Instance { get; } = new();

    /// <inheritdoc />
    public override RuleId Code => Id;

    /// <inheritdoc />
    public override string Summary => "a petition claim not already through re-review";

    internal override void Check(DisputeReport report, ICollection<RuleViolation> violations)
    {
        if (report.Type is { IsPetition: true } && report.ClaimKey is { } claimKey
            && report.PriorCases.Any(c => c.ClaimKey == claimKey && c.CaseType.IsPetition && c.TierIndex == c.CaseType.Ladder.Tiers.Length - 1
                && c.State is DisputeState.MediationFailed or DisputeState.Closed))
        {
            violations.Add(RuleViolation.Of(Id, $"Claim '{claimKey}' has already been through re-review (复核) and is not accepted again."));
        }
    }
}
