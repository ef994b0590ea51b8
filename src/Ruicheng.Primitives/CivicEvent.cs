using NodaTime;

namespace Ruicheng.Primitives;

/// <summary>
/// A civic event about a resident (公民行为事件) that one package raises and another acts on, without either
/// referencing the other: Governance raises "a mediation settled", "disruptive repeated petitioning"; Civility maps
/// each <see cref="Kind"/> to a points rule by its rulebook. <see cref="SourceId"/> identifies the event for good, so
/// ingesting it twice makes one entry.
/// </summary>
public sealed class CivicEvent
{
    private CivicEvent(RuleId kind, ResidentId resident, LocalDate occurredOn, string sourceId, IReadOnlyList<Figure> figures)
    {
        Kind = kind;
        Resident = resident;
        OccurredOn = occurredOn;
        SourceId = sourceId;
        Figures = figures;
    }

    /// <summary>The kind of event, a stable code such as <c>governance.mediation.settled</c>.</summary>
    public RuleId Kind { get; }

    /// <summary>The resident the event is about.</summary>
    public ResidentId Resident { get; }

    /// <summary>The civil date it happened (Asia/Shanghai).</summary>
    public LocalDate OccurredOn { get; }

    /// <summary>The event's id in its source, stable across deliveries (e.g. <c>DC-2026-0001:settled:village</c>).</summary>
    public string SourceId { get; }

    /// <summary>Figures that describe it (the case, the tier…), for explanations.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>Creates an event.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="resident">The resident.</param>
    /// <param name="occurredOn">The civil date, within <see cref="CivilTime.EarliestDate"/>..<see cref="CivilTime.LatestDate"/>.</param>
    /// <param name="sourceId">The stable source id: 1–200 characters without whitespace or control characters.</param>
    /// <param name="figures">Describing figures.</param>
    /// <exception cref="ArgumentException">The kind is unset, the source id is not an id, or the date is outside the engine's range.</exception>
    public static CivicEvent Create(RuleId kind, ResidentId resident, LocalDate occurredOn, string sourceId, params ReadOnlySpan<Figure> figures)
    {
        Preconditions.CheckArgument(!kind.IsDefault, nameof(kind), "A civic event has a kind.");
        Preconditions.CheckArgument(!resident.IsDefault, nameof(resident), "A civic event is about a resident.");
        Preconditions.CheckArgument(
            !string.IsNullOrEmpty(sourceId) && sourceId.Length <= 200 && !sourceId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)),
            nameof(sourceId),
            $"'{sourceId}' is not a source id: use 1–200 characters without whitespace or control characters.");
        Preconditions.CheckArgument(CivilTime.IsSupported(occurredOn), nameof(occurredOn), $"{occurredOn:uuuu-MM-dd} is outside {CivilTime.EarliestDate:uuuu-MM-dd}..{CivilTime.LatestDate:uuuu-MM-dd}.");
        return new CivicEvent(kind, resident, occurredOn, sourceId, figures.ToArray());
    }

    /// <summary><c>kind resident date (source)</c>.</summary>
    public override string ToString() => $"{Kind} {Resident} {OccurredOn:uuuu-MM-dd} ({SourceId})";
}
