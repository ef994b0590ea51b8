using NodaTime;

namespace Ruicheng.Governance.Posts;

/// <summary>
/// An incident reported by a post holder acting as a mobile "governance probe" (治理探头): who, under which post,
/// where (a household, or a grid), what category and when. Routed into the responsible grid's patrol day.
/// </summary>
/// <param name="Reporter">The post holder.</param>
/// <param name="Post">The post under which the report is made.</param>
/// <param name="Household">The household where it happened, when known.</param>
/// <param name="Unit">The unit where it happened, when no household is known (a grid, or a village with one grid).</param>
/// <param name="Category">The issue category.</param>
/// <param name="ReportedAt">When it was reported.</param>
public sealed record IncidentReport(
    ResidentId Reporter, PostId Post, HouseholdId? Household, UnitId? Unit, Linkage.IssueCategory Category, Instant ReportedAt);
