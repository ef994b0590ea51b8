using NodaTime;

namespace Ruicheng.Governance.Disputes;

/// <summary>A mediation agreement (调解协议): its terms, and whether the parties will apply for court confirmation (司法确认) within the window.</summary>
/// <param name="Terms">What the parties agreed.</param>
/// <param name="SeekCourtConfirmation">Whether the parties will apply for court confirmation.</param>
/// <param name="ConfirmationDeadline">The last moment to apply (the rulebook's window after the agreement), when they will.</param>
public sealed record MediationAgreement(string Terms, bool SeekCourtConfirmation, Instant? ConfirmationDeadline);
