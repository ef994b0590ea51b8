using NodaTime;

namespace Ruicheng.Governance.Hierarchy;

/// <summary>The input that places a resident (村民/居民) in a household for a span of civil dates.</summary>
/// <param name="Resident">The resident.</param>
/// <param name="Household">The household.</param>
/// <param name="From">The first day of membership.</param>
/// <param name="To">The last day of membership (inclusive), or null while current.</param>
public sealed record MembershipDefinition(ResidentId Resident, HouseholdId Household, LocalDate From, LocalDate? To = null);
