using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Disputes.Rules;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Primitives.Rulebooks;

using Ruicheng.Governance.Disputes.Events;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// A dispute case moving through the tiered workflow (矛盾纠纷分级调处): reported → accepted or declined →
/// mediated at a tier → settled, failed, escalated, extended, withdrawn or referred to court → closed. Immutable:
/// every command returns the next case or the rules it breaks (never a silent no-op), and every transition is in
/// the <see cref="Audit"/> trail with the rulebook version in force.
/// </summary>
public sealed partial class DisputeCase
{
    private const string AcceptanceTier = "acceptance";

    private DisputeCase(DisputeCase? previous)
    {
        if (previous is null)
        {
            return;
        }

        Id = previous.Id;
        Rulebook = previous.Rulebook;
        CaseType = previous.CaseType;
        Unit = previous.Unit;
        Parties = previous.Parties;
        Summary = previous.Summary;
        ClaimKey = previous.ClaimKey;
        Reporter = previous.Reporter;
        ReportedAt = previous.ReportedAt;
        AcceptanceDeadline = previous.AcceptanceDeadline;
        State = previous.State;
        TierIndex = previous.TierIndex;
        Deadline = previous.Deadline;
        DeadlineExplanation = previous.DeadlineExplanation;
        ExtensionsUsed = previous.ExtensionsUsed;
        Agreement = previous.Agreement;
        Closure = previous.Closure;
        VisitedStages = previous.VisitedStages;
        Audit = previous.Audit;
        Events = previous.Events;
        FiredDeadlines = previous.FiredDeadlines;
        Complexity = previous.Complexity;
        ComplexityChanged = previous.ComplexityChanged;
        AppealedEntry = previous.AppealedEntry;
        Incident = previous.Incident;
    }

    /// <summary>The case's id.</summary>
    public DisputeCaseId Id { get; private init; }

    /// <summary>The rulebook the case was opened under; the case keeps it for its whole life.</summary>
    public GovernanceRulebook Rulebook { get; private init; } = null!;

    /// <summary>The rulebook id and version the case was opened under.</summary>
    public RulebookReference OpenedUnder => Rulebook.Header.Reference;

    /// <summary>The case type.</summary>
    public DisputeCaseType CaseType { get; private init; } = null!;

    /// <summary>The unit where the dispute arose (a grid or village, by id).</summary>
    public UnitId Unit { get; private init; }

    /// <summary>The parties.</summary>
    public ImmutableArray<DisputeParty> Parties { get; private init; }

    /// <summary>What the dispute is about.</summary>
    public string Summary { get; private init; } = string.Empty;

    /// <summary>For petitions: the key that identifies the same claim across cases.</summary>
    public string? ClaimKey { get; private init; }

    /// <summary>Who reported the case (a grid worker, a resident, a post holder).</summary>
    public Actor Reporter { get; private init; } = null!;

    /// <summary>When the case was reported.</summary>
    public Instant ReportedAt { get; private init; }

    /// <summary>When acceptance or refusal is due.</summary>
    public Instant AcceptanceDeadline { get; private init; }

    /// <summary>The current state.</summary>
    public DisputeState State { get; private init; }

    /// <summary>The index of the current tier in the case type's ladder, or −1 before acceptance.</summary>
    public int TierIndex { get; private init; } = -1;

    /// <summary>The complexity the case was accepted as (<see cref="AcceptAs"/>), or null when accepted without one.</summary>
    public CaseComplexity? Complexity { get; private init; }

    /// <summary>Whether the complexity has been changed (it may be, once).</summary>
    public bool ComplexityChanged { get; private init; }

    /// <summary>The current tier, or null before acceptance.</summary>
    public EscalationTier? Tier => TierIndex >= 0 ? CaseType.Ladder.Tiers[TierIndex] : null;

    /// <summary>The current tier's id, or null before acceptance (for specifications).</summary>
    public string? TierId => Tier?.Id;

    /// <summary>The current stage, or null before acceptance.</summary>
    public DisputeStage? Stage => Tier?.Stage;

    /// <summary>How the current <see cref="Deadline"/> was counted (start, counted days, skipped days, end), or null without a deadline.</summary>
    public Explanation? DeadlineExplanation { get; private init; }

    /// <summary>Sets <see cref="Deadline"/> and <see cref="DeadlineExplanation"/> together.</summary>
    private Decision<Instant>? DeadlineDecision
    {
        get => Deadline is { } at && DeadlineExplanation is { } why ? Decision<Instant>.Create(at, why) : null;
        init
        {
            Deadline = value?.Value;
            DeadlineExplanation = value?.Explanation;
        }
    }

    /// <summary>When the current tier's time runs out, or null where none runs.</summary>
    public Instant? Deadline { get; private init; }

    /// <summary>How many extensions the current tier has granted.</summary>
    public int ExtensionsUsed { get; private init; }

    /// <summary>The agreement, once settled.</summary>
    public MediationAgreement? Agreement { get; private init; }

    /// <summary>Why the case was closed, once closed.</summary>
    public DisputeClosure? Closure { get; private init; }

    /// <summary>The stages the case has been handled in.</summary>
    public ImmutableHashSet<DisputeStage> VisitedStages { get; private init; } = [];

    /// <summary>Every transition, oldest first.</summary>
    public ImmutableArray<AuditEntry> Audit { get; private init; } = [];

    /// <summary>Domain events raised so far (e.g. <see cref="Events.MediationSettled"/>), oldest first.</summary>
    public ImmutableArray<IDisputeEvent> Events { get; private init; } = [];

    /// <summary>
    /// The case's events as civic events about residents, for other packages (the linkage contract,
    /// <see cref="CivicEvent"/>): a settled mediation gives one <c>governance.mediation.settled</c> event for the mediator
    /// (source <c>CASE:settled:TIER</c>, figures <c>case</c>, <c>tier</c>); disruptive repeated petitioning gives one
    /// <c>governance.petition.disruptive</c> event per petitioner (source <c>CASE:disruptive:RESIDENT</c>, figure
    /// <c>case</c>); an upheld points appeal gives one <c>governance.points-appeal.upheld</c> event for the appellant
    /// (source <c>CASE:appeal-upheld</c>, figures <c>entry</c> — the appealed entry's id —, <c>case</c>, <c>tier</c>,
    /// <c>decidedBy</c>, and <c>quantity</c> only when a corrected quantity was given); the acceptance of a case opened
    /// from an incident report gives one <c>governance.incident.confirmed</c> event for the reporter (source
    /// <c>CASE:incident-confirmed</c>, figures <c>case</c>, <c>post</c>). Dates are civil dates in Asia/Shanghai; events
    /// are in the order raised.
    /// </summary>
    public ImmutableArray<CivicEvent> CivicEvents => [.. Events.SelectMany(e => e switch
    {
        MediationSettled settled => [CivicEvent.Create(MediationSettled.Code, settled.Mediator, CivilTime.DateOf(settled.At), $"{settled.Case}:settled:{settled.Tier}",
            Figure.Of("case", settled.Case), Figure.Of("tier", settled.Tier))],
        DisruptivePetitioningRecorded disruptive => disruptive.Parties.Select(p => CivicEvent.Create(DisruptivePetitioningRecorded.Code, p, CivilTime.DateOf(disruptive.At), $"{disruptive.Case}:disruptive:{p}",
            Figure.Of("case", disruptive.Case))).ToArray(),
        PointsAppealUpheld upheld => [CivicEvent.Create(PointsAppealUpheld.Code, upheld.Appellant, CivilTime.DateOf(upheld.At), $"{upheld.Case}:appeal-upheld",
            [Figure.Of("entry", upheld.Entry), Figure.Of("case", upheld.Case), Figure.Of("tier", upheld.Tier), Figure.Of("decidedBy", upheld.DecidedBy),
                .. upheld.CorrectedQuantity is { } quantity ? [Figure.Of("quantity", quantity)] : Array.Empty<Figure>()])],
        IncidentReportConfirmed confirmed => [CivicEvent.Create(IncidentReportConfirmed.Code, confirmed.Reporter, CivilTime.DateOf(confirmed.At), $"{confirmed.Case}:incident-confirmed",
            Figure.Of("case", confirmed.Case), Figure.Of("post", confirmed.Post))],
        _ => Array.Empty<CivicEvent>(),
    })];

    /// <summary>For a points appeal (<see cref="DisputeCaseType.AppealsPointsEntry"/>), the id of the civility ledger entry appealed; otherwise null.</summary>
    public string? AppealedEntry { get; private init; }

    /// <summary>The post holder's incident report the case was opened from (<see cref="ReportIncident"/>), or null.</summary>
    public Posts.IncidentReport? Incident { get; private init; }

    /// <summary>The (tier, deadline) pairs that have fired, so that each fires once.</summary>
    public ImmutableHashSet<(string Tier, Instant Deadline)> FiredDeadlines { get; private init; } = [];

    /// <summary>Whether the case is in a terminal state.</summary>
    public bool IsTerminal => DisputeWorkflow.TerminalStates.Contains(State);

    /// <summary>The tier a case at this point would escalate to (skipping only what the rulebook allows), or null.</summary>
    public EscalationTier? NextTier => NextTierIndex() is var next and >= 0 ? CaseType.Ladder.Tiers[next] : null;

    /// <summary>
    /// Reports a dispute (by a grid worker, a resident, a party or a post holder) under the rulebook in force that day.
    /// For every case type but petitions (use <see cref="ReportPetition"/>) and points appeals (use
    /// <see cref="ReportPointsAppeal"/>); each of those is refused here with a violation naming the right command.
    /// </summary>
    /// <param name="rulebook">The Governance rulebook.</param>
    /// <param name="id">The case id.</param>
    /// <param name="caseType">The case type's id.</param>
    /// <param name="unit">Where the dispute arose.</param>
    /// <param name="parties">The parties; at least one.</param>
    /// <param name="reporter">Who reports it.</param>
    /// <param name="at">When.</param>
    /// <param name="summary">What it is about.</param>
    /// <returns>The new case, or every rule the report breaks.</returns>
    public static Result<DisputeCase> Report(
        GovernanceRulebook rulebook, DisputeCaseId id, string caseType, UnitId unit, IEnumerable<DisputeParty> parties, Actor reporter, Instant at, string summary)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var result = ReportCore(rulebook, id, caseType, unit, parties, reporter, at, summary, null, [], null, null);
        return PetitionsAreReportedAsPetitionsRule.Check(rulebook.FindCaseType(caseType), reportedAsPetition: false) is { } wrongDoor
            ? Result<DisputeCase>.Failure([.. result.Violations, wrongDoor])
            : result;
    }

    /// <summary>
    /// Reports a petition (信访事项): as <see cref="Report"/>, for a petition case type only, with the claim's key checked
    /// against earlier cases — a claim already through re-review (复核) is not accepted again
    /// (<see cref="SameClaimNotAcceptedAfterReReviewRule"/>).
    /// </summary>
    /// <param name="rulebook">The Governance rulebook.</param>
    /// <param name="id">The case id.</param>
    /// <param name="caseType">A petition case type's id (e.g. <c>petition</c>).</param>
    /// <param name="unit">Where the matter arose.</param>
    /// <param name="parties">The petitioners; at least one.</param>
    /// <param name="reporter">Who reports it.</param>
    /// <param name="at">When.</param>
    /// <param name="summary">What it is about.</param>
    /// <param name="claimKey">The key of the claim, to recognise the same claim across cases; null when there is none.</param>
    /// <param name="priorCases">Earlier cases to check the claim against; may be empty.</param>
    /// <returns>The new case, or every rule the report breaks.</returns>
    public static Result<DisputeCase> ReportPetition(
        GovernanceRulebook rulebook, DisputeCaseId id, string caseType, UnitId unit, IEnumerable<DisputeParty> parties,
        Actor reporter, Instant at, string summary, string? claimKey, IEnumerable<DisputeCase> priorCases)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var result = ReportCore(rulebook, id, caseType, unit, parties, reporter, at, summary, claimKey, priorCases, null, null);
        return PetitionsAreReportedAsPetitionsRule.Check(rulebook.FindCaseType(caseType), reportedAsPetition: true) is { } wrongDoor
            ? Result<DisputeCase>.Failure([.. result.Violations, wrongDoor])
            : result;
    }

    private static Result<DisputeCase> ReportCore(
        GovernanceRulebook rulebook, DisputeCaseId id, string caseType, UnitId unit, IEnumerable<DisputeParty> parties,
        Actor reporter, Instant at, string summary, string? claimKey, IEnumerable<DisputeCase> priorCases,
        string? appealedEntry, Posts.IncidentReport? incident)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(reporter);
        ArgumentNullException.ThrowIfNull(priorCases);
        var partyList = parties.ToImmutableArray();
        var violations = new List<RuleViolation>();
        var date = CivilTime.DateOf(at);
        var type = rulebook.FindCaseType(caseType);
        var report = new DisputeReport(rulebook, caseType, type, reporter, date, partyList, claimKey, priorCases);
        foreach (var rule in DisputeReportRules.All)
        {
            rule.Check(report, violations);
        }

        if (PointsAppealRule.CheckReport(type, appealedEntry) is { } wrongDoor)
        {
            violations.Add(wrongDoor);
        }

        if (violations.Count > 0)
        {
            return Result<DisputeCase>.Failure(violations);
        }

        var acceptance = rulebook.Calendar.Deadline(at, type!.Ladder.AcceptWithin);
        if (acceptance.IsFailure)
        {
            return Result<DisputeCase>.Failure(acceptance.Violations);
        }

        var reported = new DisputeCase(null)
        {
            Id = id,
            Rulebook = rulebook,
            CaseType = type!,
            Unit = unit,
            Parties = partyList,
            Summary = summary ?? string.Empty,
            ClaimKey = claimKey,
            ReportedAt = at,
            AcceptanceDeadline = acceptance.Value.Value,
            State = DisputeState.Reported,
            Reporter = reporter,
            AppealedEntry = appealedEntry,
            Incident = incident,
        };
        return Result<DisputeCase>.Success(reported);
    }
}
