using NodaTime;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// A deadline that has passed for a case (到期): at which tier, when, and what it does — escalate to the next tier,
/// or, where no tier before litigation is left (or the case awaits acceptance), mark the case overdue. Each
/// (case, tier, deadline) fires once.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="Tier">The tier whose deadline passed (<c>acceptance</c> before the case is accepted).</param>
/// <param name="Deadline">The deadline.</param>
/// <param name="ToTier">The tier it escalates to, or null when it only marks the case overdue.</param>
public sealed record DueEscalation(DisputeCaseId Case, string Tier, Instant Deadline, string? ToTier)
{
    /// <summary>Whether the deadline escalates the case (rather than only marking it overdue).</summary>
    public bool Escalates => ToTier is not null;
}
