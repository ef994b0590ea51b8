using Ruicheng.Governance.Disputes;

namespace Ruicheng.Storage;

/// <summary>A dispute case read from the store, with the version to pass back when saving it (optimistic concurrency).</summary>
/// <param name="Case">The case, equal to the one saved.</param>
/// <param name="Version">The stored version (1 after the first save, +1 at each save).</param>
public sealed record StoredDisputeCase(DisputeCase Case, long Version);
