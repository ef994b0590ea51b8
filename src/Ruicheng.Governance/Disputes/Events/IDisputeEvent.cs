using NodaTime;

namespace Ruicheng.Governance.Disputes.Events;

/// <summary>
/// Something a dispute case raised (领域事件): immutable, typed, carrying ids rather than the case. Raised events are in
/// <see cref="DisputeCase.Events"/>, oldest first; those about residents also appear as civic events
/// (<see cref="DisputeCase.CivicEvents"/>) for other packages.
/// </summary>
public interface IDisputeEvent
{
    /// <summary>The case that raised it.</summary>
    DisputeCaseId Case { get; }

    /// <summary>When.</summary>
    Instant At { get; }
}
