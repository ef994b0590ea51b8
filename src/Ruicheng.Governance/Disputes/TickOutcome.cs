using System.Collections.Immutable;

namespace Ruicheng.Governance.Disputes;

/// <summary>What a <see cref="DisputeCase.Tick"/> did: the case after every due deadline was applied, and the deadlines that fired.</summary>
/// <param name="Case">The case afterwards (the same instance when nothing fired).</param>
/// <param name="Fired">The deadlines that fired on this tick, oldest first; empty when none was due.</param>
public sealed record TickOutcome(DisputeCase Case, ImmutableArray<DueEscalation> Fired);
