using Ruicheng.Shared.Validation;
using System.Text.Json.Serialization;
using NodaTime;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Civility.Rulebooks;

/// <summary>The JSON shape of a Civility rulebook (<c>civility-rulebook.schema.json</c>).</summary>
internal sealed class CivilityRulebookDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public RulebookHeaderDocument? Header { get; set; }

    public List<CategoryDocument>? Categories { get; set; }

    public List<RuleDocument>? Rules { get; set; }

    public ExpiryDocument? Expiry { get; set; }

    public PublicationDocument? Publication { get; set; }

    public List<CeremonyDocument>? Covenant { get; set; }

    public CreditDocument? Credit { get; set; }

    public ListsDocument? Lists { get; set; }

    public List<CivicEventRuleDocument>? CivicEvents { get; set; }
}

internal sealed class ListsDocument
{
    public string? Period { get; set; }

    public RedListDocument? Red { get; set; }

    public BlackListDocument? Black { get; set; }

    public string? Source { get; set; }
}

internal sealed class RedListDocument
{
    public long MinHonourPoints { get; set; }

    public List<string>? HonourRules { get; set; }
}

internal sealed class BlackListDocument
{
    public List<string>? DeductionRules { get; set; }
}

internal sealed class CapDocument
{
    public string? Period { get; set; }

    public long Max { get; set; }
}

internal sealed class CategoryDocument
{
    public string? Id { get; set; }

    public string? Chinese { get; set; }

    public string? English { get; set; }

    public List<CapDocument>? Caps { get; set; }
}

internal sealed class RuleDocument
{
    public string? Id { get; set; }

    public string? Category { get; set; }

    public string? Chinese { get; set; }

    public int Points { get; set; }

    public string? Unit { get; set; }

    public string? HourRounding { get; set; }

    public List<CapDocument>? Caps { get; set; }

    public bool ReviewRequired { get; set; }

    public LocalDate? EffectiveFrom { get; set; }

    public LocalDate? EffectiveTo { get; set; }

    public string? Source { get; set; }
}

internal sealed class ExpiryDocument
{
    public int HonourWindowMonths { get; set; }

    public string? SpendableResetsOn { get; set; }
}

internal sealed class PublicationDocument
{
    public int NoticeDays { get; set; }

    public string? Objections { get; set; }
}

internal sealed class CeremonyDocument
{
    public string? Kind { get; set; }

    public string? Chinese { get; set; }

    public int? MaxTables { get; set; }

    public Money? MaxCostPerTableRural { get; set; }

    public Money? MaxCostPerTableUrban { get; set; }

    public Money? MaxBridePrice { get; set; }

    public Money? MaxGiftVillager { get; set; }

    public Money? MaxGiftRelative { get; set; }

    public int? MaxCars { get; set; }

    public bool RegistrationRequired { get; set; }

    public string? BreachRule { get; set; }

    public string? SimpleCeremonyRule { get; set; }

    public string? Source { get; set; }
}

internal sealed class CreditDocument
{
    public long BaseScore { get; set; }

    public List<TierDocument>? Tiers { get; set; }

    public List<VetoDocument>? Vetoes { get; set; }

    public List<BenefitDocument>? Benefits { get; set; }

    public string? Source { get; set; }
}

internal sealed class TierDocument
{
    public string? Tier { get; set; }

    public long? Min { get; set; }

    public long? Max { get; set; }
}

internal sealed class VetoDocument
{
    public string? Code { get; set; }

    public string? Description { get; set; }

    public string? CapTier { get; set; }
}

internal sealed class BenefitDocument
{
    public string? Tier { get; set; }

    public Money CreditLine { get; set; }

    public decimal InterestDiscountPercent { get; set; }

    public bool PriorityServices { get; set; }

    public string? Honours { get; set; }
}

internal sealed class CivicEventRuleDocument
{
    public string? Kind { get; set; }

    public string? Rule { get; set; }

    public string? Effect { get; set; }
}
