namespace Ruicheng.Civility.Ledger;

/// <summary>Who acts on points, in which role, and in which household (for conflict of interest, 回避).</summary>
/// <param name="Id">The person.</param>
/// <param name="Role">The role.</param>
/// <param name="Household">Their household, when known.</param>
public sealed record CivilityActor(ResidentId Id, CivilityRole Role, HouseholdId? Household = null);
