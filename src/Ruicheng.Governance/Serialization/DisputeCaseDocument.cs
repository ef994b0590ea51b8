using System.Text.Json.Serialization;
using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Governance.Serialization;

/// <summary>The stored JSON shape of a dispute case (<c>dispute-case.schema.json</c>, format 1).</summary>
internal sealed class DisputeCaseDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public int Format { get; set; }

    public string? Id { get; set; }

    public RulebookReference? Rulebook { get; set; }

    public string? CaseType { get; set; }

    public string? Unit { get; set; }

    public List<PartyDocument?>? Parties { get; set; }

    public string? Summary { get; set; }

    public string? ClaimKey { get; set; }

    public ActorDocument? Reporter { get; set; }

    public Instant? ReportedAt { get; set; }

    public Instant? AcceptanceDeadline { get; set; }

    public DisputeState? State { get; set; }

    public string? Tier { get; set; }

    public Instant? Deadline { get; set; }

    public Explanation? DeadlineExplanation { get; set; }

    public int ExtensionsUsed { get; set; }

    public AgreementDocument? Agreement { get; set; }

    public DisputeClosure? Closure { get; set; }

    public List<DisputeStage>? VisitedStages { get; set; }

    public CaseComplexity? Complexity { get; set; }

    public bool ComplexityChanged { get; set; }

    public string? AppealedEntry { get; set; }

    public IncidentDocument? Incident { get; set; }

    public List<AuditDocument?>? Audit { get; set; }

    public List<EventDocument?>? Events { get; set; }

    public List<FiredDocument?>? FiredDeadlines { get; set; }
}

internal sealed class PartyDocument
{
    public string? Resident { get; set; }

    public string? Household { get; set; }
}

internal sealed class ActorDocument
{
    public string? Id { get; set; }

    public ActorRole? Role { get; set; }

    public string? Household { get; set; }
}

internal sealed class AgreementDocument
{
    public string? Terms { get; set; }

    public bool SeekCourtConfirmation { get; set; }

    public Instant? ConfirmationDeadline { get; set; }
}

internal sealed class IncidentDocument
{
    public string? Reporter { get; set; }

    public string? Post { get; set; }

    public string? Household { get; set; }

    public string? Unit { get; set; }

    public string? Category { get; set; }

    public Instant? ReportedAt { get; set; }
}

internal sealed class AuditDocument
{
    public Instant? At { get; set; }

    public ActorDocument? Actor { get; set; }

    public DisputeTrigger? Trigger { get; set; }

    public DisputeState? From { get; set; }

    public DisputeState? To { get; set; }

    public string? FromTier { get; set; }

    public string? ToTier { get; set; }

    public string? Reason { get; set; }

    public RulebookReference? Rulebook { get; set; }

    public Explanation? Explanation { get; set; }
}

/// <summary>One raised event; <see cref="Type"/> says which, and only that event's fields are set.</summary>
internal sealed class EventDocument
{
    public string? Type { get; set; }

    public string? Case { get; set; }

    public Instant? At { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Mediator { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tier { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Parties { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Appellant { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Entry { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? CorrectedQuantity { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DecidedBy { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reporter { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Post { get; set; }
}

internal sealed class FiredDocument
{
    public string? Tier { get; set; }

    public Instant? Deadline { get; set; }
}
