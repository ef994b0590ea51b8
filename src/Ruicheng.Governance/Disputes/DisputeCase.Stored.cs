using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.Serialization;

namespace Ruicheng.Governance.Disputes;

public sealed partial class DisputeCase
{
    /// <summary>Rebuilds a stored case exactly as written (<see cref="DisputeCaseJson"/>); the document is already checked.</summary>
    internal static DisputeCase Rehydrate(
        GovernanceRulebook rulebook, DisputeCaseType type, int tierIndex, DisputeCaseDocument d, ImmutableArray<DisputeParty> parties, Actor reporter,
        Posts.IncidentReport? incident, ImmutableArray<AuditEntry> audit, ImmutableArray<IDisputeEvent> events, ImmutableHashSet<(string Tier, Instant Deadline)> fired) =>
        new(null)
        {
            Id = DisputeCaseId.From(d.Id!),
            Rulebook = rulebook,
            CaseType = type,
            Unit = UnitId.From(d.Unit!),
            Parties = parties,
            Summary = d.Summary!,
            ClaimKey = d.ClaimKey,
            Reporter = reporter,
            ReportedAt = d.ReportedAt!.Value,
            AcceptanceDeadline = d.AcceptanceDeadline!.Value,
            State = d.State!.Value,
            TierIndex = tierIndex,
            Deadline = d.Deadline,
            DeadlineExplanation = d.DeadlineExplanation,
            ExtensionsUsed = d.ExtensionsUsed,
            Agreement = d.Agreement is { } a ? new MediationAgreement(a.Terms!, a.SeekCourtConfirmation, a.ConfirmationDeadline) : null,
            Closure = d.Closure,
            VisitedStages = [.. d.VisitedStages!],
            Complexity = d.Complexity,
            ComplexityChanged = d.ComplexityChanged,
            AppealedEntry = d.AppealedEntry,
            Incident = incident,
            Audit = audit,
            Events = events,
            FiredDeadlines = fired,
        };
}
