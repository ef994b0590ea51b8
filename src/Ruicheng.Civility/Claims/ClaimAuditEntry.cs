using NodaTime;
using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Claims;

/// <summary>One step of a points claim's life (审核记录): when, who, what, the states before and after, and the note.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who acted.</param>
/// <param name="Command">What was done.</param>
/// <param name="From">The state before, or null for the declaration.</param>
/// <param name="To">The state after.</param>
/// <param name="Note">The objection, the decision or other words; null when none was given.</param>
public sealed record ClaimAuditEntry(Instant At, CivilityActor Actor, ClaimCommand Command, ClaimState? From, ClaimState To, string? Note);
