using System.Collections.Immutable;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// A kind of dispute (纠纷类型): neighbour, land and homestead, family, labour wages, petition, … with the ladder it
/// follows, the tier it enters at and the stages it is exempt from — only what the rulebook says.
/// </summary>
public sealed class DisputeCaseType
{
    internal DisputeCaseType(string id, string chineseName, EscalationLadder ladder, int entryTier, ImmutableHashSet<DisputeStage> exemptStages)
    {
        Id = id;
        ChineseName = chineseName;
        Ladder = ladder;
        EntryTier = entryTier;
        ExemptStages = exemptStages;
    }

    /// <summary>The case type's id, e.g. <c>neighbour</c>.</summary>
    public string Id { get; }

    /// <summary>The Chinese name, e.g. 邻里纠纷.</summary>
    public string ChineseName { get; }

    /// <summary>The ladder the case follows.</summary>
    public EscalationLadder Ladder { get; }

    /// <summary>The index of the tier a case of this type enters at.</summary>
    public int EntryTier { get; }

    /// <summary>Stages this type may skip (e.g. litigation may follow negotiation directly when the administrative stage is exempt).</summary>
    public ImmutableHashSet<DisputeStage> ExemptStages { get; }

    /// <summary>
    /// The time limit for each complexity (practice: simple 1, ordinary 7, complex 20 days), applied at the tier that
    /// accepts the case in place of the tier's own limit; empty when the type does not sort cases by complexity.
    /// </summary>
    public ImmutableDictionary<CaseComplexity, Calendars.TimeLimit> ComplexityLimits { get; internal init; } = ImmutableDictionary<CaseComplexity, Calendars.TimeLimit>.Empty;

    /// <summary>Whether this is a petition (信访) under the petition ladder.</summary>
    public bool IsPetition => Ladder.Id == "petition";

    /// <summary>
    /// Whether cases of this type are points appeals (积分争议): each names the civility ledger entry it appeals
    /// (<see cref="DisputeCase.AppealedEntry"/>, reported with <see cref="DisputeCase.ReportPointsAppeal"/>) and is decided by
    /// <see cref="DisputeCase.UpholdAppeal"/> or <see cref="DisputeCase.DismissAppeal"/>. Rulebook data (<c>appealsPointsEntry</c>).
    /// </summary>
    public bool AppealsPointsEntry { get; internal init; }

    /// <summary><c>id (Chinese)</c>.</summary>
    public override string ToString() => $"{Id} ({ChineseName})";
}
