using NodaTime;

namespace Ruicheng.Governance.Disputes.Events;

/// <summary>
/// Raised when a petition case is closed as disruptive, repeated petitioning (缠访闹访). Other packages' rulebooks
/// refer to it by <see cref="Code"/> (e.g. a civility deduction), never by type: the packages meet by code and id.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="Parties">The petitioners.</param>
/// <param name="At">When the case was closed.</param>
public sealed record DisruptivePetitioningRecorded(DisputeCaseId Case, IReadOnlyList<ResidentId> Parties, Instant At) : IDisputeEvent
{
    /// <summary>The event code other rulebooks refer to: <c>governance.petition.disruptive</c>.</summary>
    public static RuleId Code { get; } = RuleId.From("governance.petition.disruptive");
}
