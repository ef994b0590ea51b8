namespace Ruicheng.Civility.Covenant;

/// <summary>
/// The village covenant's standard (村规民约) for one kind of ceremony (wedding, funeral, birthday feast,
/// housewarming, …): the caps the red-white council (红白理事会) enforces, whether the event must be registered
/// beforehand, the deduction rule a breach triggers and the award rule a registered simple ceremony earns.
/// Null caps do not apply. Sanctions are point deductions, loss of perks and reputation entries — never fines.
/// </summary>
/// <param name="Kind">The ceremony kind, e.g. <c>wedding</c>.</param>
/// <param name="ChineseName">E.g. 婚礼.</param>
/// <param name="MaxTables">Most banquet tables.</param>
/// <param name="MaxCostPerTableRural">Most cost per table in a village.</param>
/// <param name="MaxCostPerTableUrban">Most cost per table in a community (urban).</param>
/// <param name="MaxBridePrice">Most bride price (彩礼).</param>
/// <param name="MaxGiftVillager">Most gift money (礼金) from a fellow villager.</param>
/// <param name="MaxGiftRelative">Most gift money from a relative.</param>
/// <param name="MaxCars">Most wedding cars.</param>
/// <param name="RegistrationRequired">Whether the event is registered with the red-white council first.</param>
/// <param name="BreachRule">The points rule a breach triggers (a deduction).</param>
/// <param name="SimpleCeremonyRule">The points rule a registered simple ceremony earns, if any.</param>
public sealed record CeremonyStandard(
    string Kind, string ChineseName, int? MaxTables, Money? MaxCostPerTableRural, Money? MaxCostPerTableUrban, Money? MaxBridePrice,
    Money? MaxGiftVillager, Money? MaxGiftRelative, int? MaxCars, bool RegistrationRequired, RuleId BreachRule, RuleId? SimpleCeremonyRule);
