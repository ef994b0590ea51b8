using System.Text.Json.Serialization;
using NodaTime;

namespace Ruicheng.Governance.Serialization;

/// <summary>The JSON shape of a hierarchy file (<c>hierarchy.schema.json</c>); plain data, validated before use.</summary>
internal sealed class HierarchyDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public string? Description { get; set; }

    public List<UnitDocument?>? Units { get; set; }

    public List<HouseholdDocument?>? Households { get; set; }

    public List<MembershipDocument?>? Memberships { get; set; }
}

/// <summary>One unit of a hierarchy file.</summary>
internal sealed class UnitDocument
{
    public string? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Parent { get; set; }

    public string? Origin { get; set; }

    public string? Note { get; set; }
}

/// <summary>One household of a hierarchy file.</summary>
internal sealed class HouseholdDocument
{
    public string? Id { get; set; }

    public string? Grid { get; set; }

    public bool Synthetic { get; set; }
}

/// <summary>One membership of a hierarchy file.</summary>
internal sealed class MembershipDocument
{
    public string? Resident { get; set; }

    public string? Household { get; set; }

    public LocalDate? From { get; set; }

    public LocalDate? To { get; set; }
}
