namespace Ruicheng.Governance.Hierarchy;

/// <summary>The input that registers a household (户) in a grid.</summary>
/// <param name="Id">The household's id.</param>
/// <param name="Grid">The grid it is registered in.</param>
/// <param name="Synthetic">Whether the household is made-up sample data.</param>
public sealed record HouseholdDefinition(HouseholdId Id, UnitId Grid, bool Synthetic = false);
