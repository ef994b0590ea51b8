using NodaTime;
using Ruicheng.Governance.Disputes;

namespace Ruicheng.Governance.WhatIf;

/// <summary>
/// One case's next deadline under the current and under the proposed rulebook (期限测算): the acceptance deadline
/// while it awaits acceptance, its tier's deadline while in mediation, none otherwise.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="StateBefore">Its state under the current rulebook, or null when it exists only under the proposal.</param>
/// <param name="TierBefore">Its tier under the current rulebook.</param>
/// <param name="DeadlineBefore">Its next deadline under the current rulebook.</param>
/// <param name="StateAfter">Its state under the proposed rulebook, or null when it could not be replayed under it.</param>
/// <param name="TierAfter">Its tier under the proposed rulebook.</param>
/// <param name="DeadlineAfter">Its next deadline under the proposed rulebook.</param>
public sealed record CaseDeadlineWhatIf(
    DisputeCaseId Case, DisputeState? StateBefore, string? TierBefore, Instant? DeadlineBefore, DisputeState? StateAfter, string? TierAfter, Instant? DeadlineAfter)
{
    /// <summary>How much later (positive) or earlier (negative) the next deadline falls under the proposal; null unless both have one.</summary>
    public Duration? Shift => DeadlineBefore is { } before && DeadlineAfter is { } after ? after - before : null;

    /// <summary>Whether anything differs: the state, the tier or the deadline.</summary>
    public bool Changes => StateBefore != StateAfter || !string.Equals(TierBefore, TierAfter, StringComparison.Ordinal) || DeadlineBefore != DeadlineAfter;
}
