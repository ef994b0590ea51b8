namespace Ruicheng.Governance.Disputes;

/// <summary>A party to a dispute (当事人), with their household for conflict-of-interest checks.</summary>
/// <param name="Resident">The party.</param>
/// <param name="Household">Their household, when known.</param>
public sealed record DisputeParty(ResidentId Resident, HouseholdId? Household = null);
