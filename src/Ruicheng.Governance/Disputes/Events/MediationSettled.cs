using NodaTime;

namespace Ruicheng.Governance.Disputes.Events;

/// <summary>
/// Raised when a case is settled by agreement; a host may award the mediator civility points through the Civility
/// rulebook by <see cref="Code"/>.
/// </summary>
/// <param name="Case">The case.</param>
/// <param name="Mediator">Who recorded the agreement.</param>
/// <param name="Tier">The tier that settled it.</param>
/// <param name="At">When.</param>
public sealed record MediationSettled(DisputeCaseId Case, ResidentId Mediator, string Tier, Instant At) : IDisputeEvent
{
    /// <summary>The event code: <c>governance.mediation.settled</c>.</summary>
    public static RuleId Code { get; } = RuleId.From("governance.mediation.settled");
}
