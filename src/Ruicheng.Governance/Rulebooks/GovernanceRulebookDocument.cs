using Ruicheng.Shared.Validation;
using System.Text.Json.Serialization;
using NodaTime;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Governance.Rulebooks;

/// <summary>The JSON shape of a Governance rulebook (<c>governance-rulebook.schema.json</c>).</summary>
internal sealed class GovernanceRulebookDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public RulebookHeaderDocument? Header { get; set; }

    public List<NamedDocument>? Posts { get; set; }

    public List<NamedDocument>? IssueCategories { get; set; }

    public CalendarDocument? Calendar { get; set; }

    public List<LadderDocument>? Ladders { get; set; }

    public List<CaseTypeDocument>? CaseTypes { get; set; }

    public LimitDocument? CourtConfirmationWindow { get; set; }
}

internal sealed class NamedDocument
{
    public string? Id { get; set; }

    public string? Chinese { get; set; }

    public string? English { get; set; }

    public string? Note { get; set; }
}

internal sealed class CalendarDocument
{
    public List<int>? Years { get; set; }

    public List<string>? RestDays { get; set; }

    public List<LocalDate>? Holidays { get; set; }

    public List<LocalDate>? AdjustedWorkingDays { get; set; }

    public string? Source { get; set; }
}

internal sealed class LimitDocument
{
    public int Days { get; set; }

    public string? Unit { get; set; }
}

internal sealed class LadderDocument
{
    public string? Id { get; set; }

    public LimitDocument? AcceptWithin { get; set; }

    public List<TierDocument>? Tiers { get; set; }

    public string? Source { get; set; }
}

internal sealed class TierDocument
{
    public string? Id { get; set; }

    public string? Body { get; set; }

    public string? BodyChinese { get; set; }

    public string? Handler { get; set; }

    public string? Stage { get; set; }

    public string? Level { get; set; }

    public LimitDocument? Limit { get; set; }

    public int Extensions { get; set; }

    public LimitDocument? Extension { get; set; }

    public LimitDocument? RequestNextWithin { get; set; }

    public List<string>? SkippableFor { get; set; }
}

internal sealed class CaseTypeDocument
{
    public string? Id { get; set; }

    public string? Chinese { get; set; }

    public string? Ladder { get; set; }

    public string? EntryTier { get; set; }

    public List<string>? ExemptStages { get; set; }

    public ComplexityLimitsDocument? ComplexityLimits { get; set; }

    public bool AppealsPointsEntry { get; set; }
}

internal sealed class ComplexityLimitsDocument
{
    public LimitDocument? Simple { get; set; }

    public LimitDocument? Ordinary { get; set; }

    public LimitDocument? Complex { get; set; }

    public string? Source { get; set; }
}
