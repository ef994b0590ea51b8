using Ruicheng.Shared.Validation;
using System.Collections.Immutable;
using Ruicheng.Civility.Covenant;
using Ruicheng.Civility.Credit;
using Ruicheng.Civility.Lists;
using Ruicheng.Civility.Points;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Civility.Rulebooks;

/// <summary>
/// Loads a Civility rulebook from JSON (schema: <see cref="Schema"/>, packed as
/// <c>ruicheng schema civility-rulebook</c>; a copy is packed under <c>content/schemas/</c>), schema first — see
/// <see cref="Ruicheng.Primitives.Validation.ValidatedDocument"/> —, reporting every problem at once with its JSON path.
/// </summary>
public static class CivilityRulebookFile
{
    /// <summary>The JSON schema of Civility rulebooks.</summary>
    public static string Schema => Resources.Read("civility-rulebook.schema.json");

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("civility-rulebook.schema.json"));

    /// <summary>The built-in Ruicheng rulebook's JSON.</summary>
    public static string RuichengJsonText => Resources.Read("ruicheng-civility-rulebook.json");

    /// <summary>Loads and validates a rulebook.</summary>
    /// <param name="json">The rulebook's text.</param>
    /// <returns>The rulebook, or every violation.</returns>
    public static Result<CivilityRulebook> Load(string json) =>
        DocumentLoader.Load(json, Shape, new CivilityRulebookValidator(), Build).Map(rulebook => rulebook.WithDocument(json));

    /// <summary>The built-in Ruicheng Civility rulebook, with the practice values of DOMAIN §4 and their sources.</summary>
    /// <exception cref="InvalidOperationException">The embedded rulebook does not validate (a packaging bug).</exception>
    public static CivilityRulebook LoadRuicheng() => ValidatedDocument.Require(Load(RuichengJsonText), "Civility rulebook");

    private static CivilityRulebook Build(CivilityRulebookDocument d)
    {
        var reset = CivilityRulebookValidator.MonthDay(d.Expiry!.SpendableResetsOn)!.Value;
        return new CivilityRulebook(
            d.Header!.ToHeader(),
            d.Categories!.Select(c => new PointsCategory(CategoryId.From(c.Id!), c.Chinese!, c.English ?? c.Id!, Caps(c.Caps))).ToImmutableArray(),
            d.Rules!.Select(r => new PointsRule(
                RuleId.From(r.Id!),
                CategoryId.From(r.Category!),
                r.Chinese!,
                r.Points,
                r.Unit == "hour" ? PointsUnit.Hour : PointsUnit.Occurrence,
                r.HourRounding == "half-hour-up" ? HourRounding.HalfHourUp : HourRounding.WholeHoursOnly,
                Caps(r.Caps),
                r.ReviewRequired,
                r.EffectiveFrom!.Value,
                r.EffectiveTo)).ToImmutableArray(),
            new ExpiryPolicy(d.Expiry.HonourWindowMonths, reset.Month, reset.Day),
            d.Publication!.NoticeDays,
            (d.Covenant ?? []).Select(c => new CeremonyStandard(
                c.Kind!, c.Chinese ?? c.Kind!, c.MaxTables, c.MaxCostPerTableRural, c.MaxCostPerTableUrban, c.MaxBridePrice,
                c.MaxGiftVillager, c.MaxGiftRelative, c.MaxCars, c.RegistrationRequired, RuleId.From(c.BreachRule!),
                c.SimpleCeremonyRule is null ? null : RuleId.From(c.SimpleCeremonyRule))).ToImmutableArray(),
            new CreditPolicy(
                d.Credit!.BaseScore,
                d.Credit.Tiers!.Select(t => new CreditTierBand(Enum.Parse<CreditTier>(t.Tier!), t.Min, t.Max)).ToImmutableArray(),
                (d.Credit.Vetoes ?? []).Select(v => new CreditVeto(RuleId.From(v.Code!), v.Description ?? v.Code!, Enum.Parse<CreditTier>(v.CapTier!))).ToImmutableArray(),
                (d.Credit.Benefits ?? []).Select(b => new CreditBenefits(Enum.Parse<CreditTier>(b.Tier!), b.CreditLine, Rate.FromPercent(b.InterestDiscountPercent), b.PriorityServices, b.Honours ?? string.Empty)).ToImmutableArray()),
            d.Lists is null ? null : new ListPolicy(
                Enum.Parse<CapPeriod>(d.Lists.Period!, ignoreCase: true),
                d.Lists.Red!.MinHonourPoints,
                (d.Lists.Red.HonourRules ?? []).Select(RuleId.From).ToImmutableSortedSet(),
                d.Lists.Black!.DeductionRules!.Select(RuleId.From).ToImmutableSortedSet()),
            (d.CivicEvents ?? []).Where(e => e.Rule is not null).ToImmutableSortedDictionary(e => RuleId.From(e.Kind!), e => RuleId.From(e.Rule!)))
        {
            CivicEventReversals = (d.CivicEvents ?? []).Where(e => e.Effect is not null).Select(e => RuleId.From(e.Kind!)).ToImmutableSortedSet(),
        };
    }

    private static ImmutableArray<PointsCap> Caps(List<CapDocument>? caps) =>
        (caps ?? []).Select(c => new PointsCap(Enum.Parse<CapPeriod>(c.Period!, ignoreCase: true), c.Max)).ToImmutableArray();

}
