using System.Text.Json.Serialization;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Civility.Claims;

/// <summary>The stored JSON shape of a points claim (<c>points-claim.schema.json</c>, format 1).</summary>
internal sealed class PointsClaimDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int Format { get; set; }

    public string? Id { get; set; }

    public RulebookReference? Rulebook { get; set; }

    public string? Resident { get; set; }

    public string? Household { get; set; }

    public string? Rule { get; set; }

    public LocalDate? OccurredOn { get; set; }

    public decimal Quantity { get; set; }

    public ClaimState? State { get; set; }

    public Instant? NoticeEnds { get; set; }

    public string? Objection { get; set; }

    public string? Decision { get; set; }

    public Instant? DecidedAt { get; set; }

    public List<ClaimAuditDocument?>? Audit { get; set; }
}

internal sealed class ClaimAuditDocument
{
    public Instant? At { get; set; }

    public ClaimActorDocument? Actor { get; set; }

    public ClaimCommand? Command { get; set; }

    public ClaimState? From { get; set; }

    public ClaimState? To { get; set; }

    public string? Note { get; set; }
}

internal sealed class ClaimActorDocument
{
    public string? Id { get; set; }

    public CivilityRole? Role { get; set; }

    public string? Household { get; set; }
}
