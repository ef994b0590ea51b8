using System.Collections.Immutable;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// What an ingestion did with each draft: appended, a duplicate (no-op), or rejected with its reason. Nothing is
/// dropped silently: every draft's position appears in exactly one of the three.
/// </summary>
/// <param name="Appended">The new entries.</param>
/// <param name="Duplicates">Positions of drafts already in the ledger under the same key and content.</param>
/// <param name="Rejected">One violation per rejected draft, with the path <c>[position]</c>.</param>
public sealed record IngestReport(ImmutableArray<PointsEntry> Appended, ImmutableArray<int> Duplicates, ImmutableArray<RuleViolation> Rejected);
