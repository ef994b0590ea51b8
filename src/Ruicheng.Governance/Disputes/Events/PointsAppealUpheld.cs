using NodaTime;

namespace Ruicheng.Governance.Disputes.Events;

/// <summary>
/// Raised when a points appeal (积分争议) is upheld: the appealed civility ledger entry is to be reversed and, when a
/// corrected quantity is given, recorded again with it. Civility ingests it by <see cref="Code"/> through the civic
/// event contract (<see cref="DisputeCase.CivicEvents"/>).
/// </summary>
/// <param name="Case">The appeal case.</param>
/// <param name="Appellant">The resident whose entry it is.</param>
/// <param name="Entry">The appealed ledger entry's id, as the appellant named it.</param>
/// <param name="CorrectedQuantity">The quantity the entry should have had, or null when it should not stand at all.</param>
/// <param name="DecidedBy">Who decided, for the tier's body.</param>
/// <param name="Tier">The tier that decided.</param>
/// <param name="At">When.</param>
public sealed record PointsAppealUpheld(DisputeCaseId Case, ResidentId Appellant, string Entry, decimal? CorrectedQuantity, ResidentId DecidedBy, string Tier, Instant At) : IDisputeEvent
{
    /// <summary>The event code: <c>governance.points-appeal.upheld</c>.</summary>
    public static RuleId Code { get; } = RuleId.From("governance.points-appeal.upheld");
}
