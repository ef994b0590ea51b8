using NodaTime;
using Ruicheng.Governance.Posts;

namespace Ruicheng.Governance.Disputes.Events;

/// <summary>
/// Raised when a case opened from a post holder's incident report (<see cref="DisputeCase.ReportIncident"/>) is accepted:
/// the report is confirmed, and a host may credit the reporter through the Civility rulebook by <see cref="Code"/>.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="Reporter">The post holder who reported it.</param>
/// <param name="Post">The post the report was made under.</param>
/// <param name="At">When the case was accepted.</param>
public sealed record IncidentReportConfirmed(DisputeCaseId Case, ResidentId Reporter, PostId Post, Instant At) : IDisputeEvent
{
    /// <summary>The event code: <c>governance.incident.confirmed</c>.</summary>
    public static RuleId Code { get; } = RuleId.From("governance.incident.confirmed");
}
