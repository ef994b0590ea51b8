using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Disputes.Rules;
using Ruicheng.Governance.Hierarchy;
using Ruicheng.Governance.Posts;
using Ruicheng.Governance.Rulebooks;

namespace Ruicheng.Governance.Disputes;

public sealed partial class DisputeCase
{
    /// <summary>
    /// Opens a case from a post holder's or grid worker's incident report (治理探头) in one call: the reporter must hold
    /// the report's post on its civil date (<see cref="PostRegister.Check"/>, <see cref="Posts.Rules.PostMustBeHeldRule"/>),
    /// the report is routed to its grid (<see cref="IncidentRouting.Route"/>), and the case is reported at that grid, at
    /// the report's instant, by the reporter acting as <see cref="ActorRole.GridWorker"/> under
    /// <see cref="PostRegister.GridWorkerPost"/> and as <see cref="ActorRole.PostHolder"/> otherwise. Every other rule of
    /// <see cref="Report"/> applies; all violations are returned together. When the case is accepted it raises
    /// <see cref="IncidentReportConfirmed"/> for the reporter.
    /// </summary>
    /// <param name="rulebook">The Governance rulebook.</param>
    /// <param name="hierarchy">The hierarchy the report is routed in.</param>
    /// <param name="posts">Who holds which post.</param>
    /// <param name="id">The case id.</param>
    /// <param name="incident">The incident report.</param>
    /// <param name="caseType">The case type's id.</param>
    /// <param name="parties">The parties; at least one.</param>
    /// <param name="summary">What it is about.</param>
    /// <returns>The new case at the report's grid (<see cref="Unit"/>), or every rule broken.</returns>
    public static Result<DisputeCase> ReportIncident(
        GovernanceRulebook rulebook, GovernanceHierarchy hierarchy, PostRegister posts, DisputeCaseId id, IncidentReport incident,
        string caseType, IEnumerable<DisputeParty> parties, string summary)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(incident);
        var held = posts.Check(incident);
        var grid = IncidentRouting.Route(hierarchy, incident);
        var role = incident.Post == PostRegister.GridWorkerPost ? ActorRole.GridWorker : ActorRole.PostHolder;
        var reported = grid.IsSuccess
            ? ReportCore(rulebook, id, caseType, grid.Value.Id, parties, new Actor(incident.Reporter, role), incident.ReportedAt, summary, null, [], null, incident)
            : null;
        var violations = held.Violations.Concat(grid.Violations).Concat(reported?.Violations ?? []).ToList();
        return violations.Count > 0 ? Result<DisputeCase>.Failure(violations) : reported!;
    }

    /// <summary>
    /// Reports a points appeal (积分争议): after a civility ledger entry is confirmed, the resident it concerns appeals it.
    /// The case type must be a points-appeal type (<see cref="DisputeCaseType.AppealsPointsEntry"/>, e.g. the built-in
    /// <c>points-appeal</c>: the village moral evaluation council, then the township); the appellant is the only party
    /// and the reporter (<see cref="ActorRole.Party"/>). Governance does not read the ledger: the entry id is checked
    /// when Civility ingests the outcome.
    /// </summary>
    /// <param name="rulebook">The Governance rulebook.</param>
    /// <param name="id">The case id.</param>
    /// <param name="caseType">A points-appeal case type's id.</param>
    /// <param name="unit">The appellant's village or grid.</param>
    /// <param name="appellant">The resident appealing, with their household.</param>
    /// <param name="entry">The appealed ledger entry's id; not blank.</param>
    /// <param name="at">When.</param>
    /// <param name="summary">The grounds of the appeal.</param>
    /// <returns>The new case, or every rule broken (<see cref="PointsAppealRule"/> among them).</returns>
    public static Result<DisputeCase> ReportPointsAppeal(
        GovernanceRulebook rulebook, DisputeCaseId id, string caseType, UnitId unit, DisputeParty appellant, string entry, Instant at, string summary)
    {
        ArgumentNullException.ThrowIfNull(appellant);
        var type = rulebook?.FindCaseType(caseType);
        var result = ReportCore(rulebook!, id, caseType, unit, [appellant], new Actor(appellant.Resident, ActorRole.Party, appellant.Household), at, summary, null, [], entry ?? string.Empty, null);
        // Through this door the report names an entry, so the report rule's own complaint about it is replaced by this one.
        return PointsAppealRule.CheckAppealDoor(type, caseType) is { } wrongDoor
            ? Result<DisputeCase>.Failure([.. result.Violations.Where(v => v.Code != PointsAppealRule.Id), wrongDoor])
            : result;
    }

    /// <summary>
    /// The current tier's body upholds the points appeal, with a reason: the case is settled and raises
    /// <see cref="PointsAppealUpheld"/> — the entry is to be reversed, and recorded again with
    /// <paramref name="correctedQuantity"/> when one is given (it must be positive).
    /// </summary>
    /// <param name="actor">The tier's body.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    /// <param name="correctedQuantity">The quantity the entry should have had (occurrences or hours), or null to reverse it only.</param>
    public Result<DisputeCase> UpholdAppeal(Actor actor, Instant at, string reason, decimal? correctedQuantity = null)
    {
        if (PointsAppealRule.CheckCorrectedQuantity(correctedQuantity) is { } notPositive)
        {
            return Result<DisputeCase>.Failure(notPositive);
        }

        return Execute(DisputeTrigger.UpholdAppeal, actor, at, reason, () => new DisputeCase(this)
        {
            DeadlineDecision = null,
            Events = Events.Add(new PointsAppealUpheld(Id, Parties[0].Resident, AppealedEntry!, correctedQuantity, actor.Id, Tier!.Id, at)),
        });
    }

    /// <summary>
    /// The current tier's body dismisses the points appeal, with a reason: the case is
    /// <see cref="DisputeState.MediationFailed"/>, from which the appellant may <see cref="Escalate"/> to the next tier (within
    /// that tier's request window, if any) or let the entry stand.
    /// </summary>
    /// <param name="actor">The tier's body.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    public Result<DisputeCase> DismissAppeal(Actor actor, Instant at, string reason) =>
        Execute(DisputeTrigger.DismissAppeal, actor, at, reason, () => new DisputeCase(this) { DeadlineDecision = null });

    private ImmutableArray<IDisputeEvent> WithConfirmation(Instant at) =>
        Incident is { } incident ? Events.Add(new IncidentReportConfirmed(Id, incident.Reporter, incident.Post, at)) : Events;
}
