namespace Ruicheng.Governance.Disputes;

/// <summary>Who acts on a case, in which role, and (for conflict-of-interest checks, 回避) in which household.</summary>
/// <param name="Id">The person acting.</param>
/// <param name="Role">The role in which they act.</param>
/// <param name="Household">Their household, when known.</param>
public sealed record Actor(ResidentId Id, ActorRole Role, HouseholdId? Household = null);
