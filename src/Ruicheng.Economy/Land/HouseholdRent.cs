namespace Ruicheng.Economy.Land;

/// <summary>A household's part of a rent payment (土地流转租金到户).</summary>
/// <param name="Household">The household whose land was pooled.</param>
/// <param name="Area">Its pooled area.</param>
/// <param name="Rent">Its part of the payment, to the fen.</param>
public sealed record HouseholdRent(HouseholdId Household, Mu Area, Money Rent);
