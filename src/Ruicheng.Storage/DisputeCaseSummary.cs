using NodaTime;
using Ruicheng.Governance.Disputes;

namespace Ruicheng.Storage;

/// <summary>A stored dispute case's queryable columns, read without rebuilding the case.</summary>
/// <param name="Id">The case id.</param>
/// <param name="CaseType">The case type's id.</param>
/// <param name="Unit">Where the dispute arose.</param>
/// <param name="State">Its state.</param>
/// <param name="TierId">Its current tier, or null before acceptance.</param>
/// <param name="ReportedAt">When it was reported.</param>
/// <param name="Deadline">When the current tier's time runs out, or null.</param>
/// <param name="Version">The stored version.</param>
public sealed record DisputeCaseSummary(DisputeCaseId Id, string CaseType, UnitId Unit, DisputeState State, string? TierId, Instant ReportedAt, Instant? Deadline, long Version);
