using NodaTime;

namespace Ruicheng.Civility.Covenant;

/// <summary>A household's declaration of a ceremony to the red-white council (红白事申报).</summary>
/// <param name="Kind">The ceremony kind, e.g. <c>wedding</c>.</param>
/// <param name="Host">The resident hosting it.</param>
/// <param name="Date">The date.</param>
/// <param name="Urban">Whether it is held in an urban community (the urban cost cap applies).</param>
/// <param name="Tables">Banquet tables.</param>
/// <param name="CostPerTable">Cost per table.</param>
/// <param name="BridePrice">Bride price, for weddings.</param>
/// <param name="LargestGiftFromVillager">The largest gift from a fellow villager.</param>
/// <param name="LargestGiftFromRelative">The largest gift from a relative.</param>
/// <param name="Cars">Wedding cars.</param>
/// <param name="RegisteredBeforehand">Whether it was registered with the red-white council beforehand.</param>
public sealed record CeremonyDeclaration(
    string Kind, ResidentId Host, LocalDate Date, bool Urban, int Tables, Money CostPerTable, Money BridePrice,
    Money LargestGiftFromVillager, Money LargestGiftFromRelative, int Cars, bool RegisteredBeforehand);
