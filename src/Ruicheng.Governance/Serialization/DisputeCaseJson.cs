using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Linkage;
using Ruicheng.Governance.Posts;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Primitives.Serialization;
using Ruicheng.Primitives.Validation;

namespace Ruicheng.Governance.Serialization;

/// <summary>
/// The stored form of a dispute case (schema <see cref="Schema"/>, <c>ruicheng schema dispute-case</c>, format 1): every
/// field of the case — the rulebook id and version it was opened under, type, unit, parties, reporter, state, tier,
/// deadline with its explanation, extensions, agreement, closure, stages visited, complexity, the appealed entry, the
/// incident, the whole audit with explanations, the raised events and the deadlines already fired — so a case read
/// back equals the case written, field by field, and ticking it never fires a deadline or notice twice. Instants are
/// ISO-8601 UTC (<c>2026-09-24T01:00:00Z</c>); enums kebab-case; fired deadlines sorted by deadline then tier.
/// </summary>
public static class DisputeCaseJson
{
    /// <summary>The stored form's version; a document of another version is refused, never misread.</summary>
    public const int Format = 1;

    private static readonly DocumentSchema Shape = DocumentSchema.Parse(Resources.Read("dispute-case.schema.json"));

    /// <summary>The rule of stored cases: <c>dispute.stored.invalid</c> (a document that cannot be the stored form of a case).</summary>
    public static RuleId InvalidCode { get; } = RuleId.From("dispute.stored.invalid");

    /// <summary>The JSON schema of stored dispute cases.</summary>
    public static string Schema => Resources.Read("dispute-case.schema.json");

    /// <summary>Writes a case in its stored form (indented JSON).</summary>
    /// <param name="case">The case.</param>
    public static string Write(DisputeCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return JsonSerializer.Serialize(ToDocument(@case), RuichengJson.Options);
    }

    /// <summary>
    /// Reads a stored case, schema first, resolving the rulebook it was opened under from <paramref name="rulebooks"/>
    /// (<c>rulebook.version.unknown</c> when that version is not registered): every problem is reported with its JSON
    /// path (<see cref="InvalidCode"/> for a case type or tier the rulebook lacks, a wrong format, an unknown event).
    /// </summary>
    /// <param name="json">The stored form.</param>
    /// <param name="rulebooks">The rulebook versions the host keeps.</param>
    /// <returns>The case, equal to the one written, or every violation.</returns>
    public static Result<DisputeCase> Read(string json, RulebookRegistry<GovernanceRulebook> rulebooks)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(rulebooks);
        var shape = ValidatedDocument.CheckShape(json, Shape);
        if (!shape.IsEmpty)
        {
            return Result<DisputeCase>.Failure(shape);
        }

        return RuichengJson.Read<DisputeCaseDocument>(json).Bind(document => FromDocument(document, rulebooks));
    }

    private static DisputeCaseDocument ToDocument(DisputeCase c) => new()
    {
        Schema = "dispute-case.schema.json",
        Format = Format,
        Id = c.Id.Value,
        Rulebook = c.OpenedUnder,
        CaseType = c.CaseType.Id,
        Unit = c.Unit.Value,
        Parties = [.. c.Parties.Select(p => new PartyDocument { Resident = p.Resident.Value, Household = p.Household?.Value })],
        Summary = c.Summary,
        ClaimKey = c.ClaimKey,
        Reporter = ActorOf(c.Reporter),
        ReportedAt = c.ReportedAt,
        AcceptanceDeadline = c.AcceptanceDeadline,
        State = c.State,
        Tier = c.TierId,
        Deadline = c.Deadline,
        DeadlineExplanation = c.DeadlineExplanation,
        ExtensionsUsed = c.ExtensionsUsed,
        Agreement = c.Agreement is { } a ? new AgreementDocument { Terms = a.Terms, SeekCourtConfirmation = a.SeekCourtConfirmation, ConfirmationDeadline = a.ConfirmationDeadline } : null,
        Closure = c.Closure,
        VisitedStages = [.. c.VisitedStages.Order()],
        Complexity = c.Complexity,
        ComplexityChanged = c.ComplexityChanged,
        AppealedEntry = c.AppealedEntry,
        Incident = c.Incident is { } i ? new IncidentDocument
        {
            Reporter = i.Reporter.Value, Post = i.Post.Value, Household = i.Household?.Value, Unit = i.Unit?.Value, Category = i.Category.Value, ReportedAt = i.ReportedAt,
        } : null,
        Audit = [.. c.Audit.Select(e => new AuditDocument
        {
            At = e.At, Actor = e.Actor is { } actor ? ActorOf(actor) : null, Trigger = e.Trigger, From = e.From, To = e.To,
            FromTier = e.FromTier, ToTier = e.ToTier, Reason = e.Reason, Rulebook = e.Rulebook, Explanation = e.Explanation,
        })],
        Events = [.. c.Events.Select(EventOf)],
        FiredDeadlines = [.. c.FiredDeadlines.OrderBy(f => f.Deadline).ThenBy(f => f.Tier, StringComparer.Ordinal).Select(f => new FiredDocument { Tier = f.Tier, Deadline = f.Deadline })],
    };

    private static ActorDocument ActorOf(Actor actor) => new() { Id = actor.Id.Value, Role = actor.Role, Household = actor.Household?.Value };

    private static EventDocument EventOf(IDisputeEvent raised) => raised switch
    {
        MediationSettled e => new() { Type = "mediation-settled", Case = e.Case.Value, At = e.At, Mediator = e.Mediator.Value, Tier = e.Tier },
        DisruptivePetitioningRecorded e => new() { Type = "disruptive-petitioning-recorded", Case = e.Case.Value, At = e.At, Parties = [.. e.Parties.Select(p => p.Value)] },
        PointsAppealUpheld e => new()
        {
            Type = "points-appeal-upheld", Case = e.Case.Value, At = e.At, Appellant = e.Appellant.Value, Entry = e.Entry, CorrectedQuantity = e.CorrectedQuantity,
            DecidedBy = e.DecidedBy.Value, Tier = e.Tier,
        },
        IncidentReportConfirmed e => new() { Type = "incident-report-confirmed", Case = e.Case.Value, At = e.At, Reporter = e.Reporter.Value, Post = e.Post.Value },
        _ => throw new InvalidOperationException($"Event {raised.GetType().Name} has no stored form."),
    };

    private static Result<DisputeCase> FromDocument(DisputeCaseDocument d, RulebookRegistry<GovernanceRulebook> rulebooks)
    {
        var problems = new List<RuleViolation>();
        void Problem(string path, string message) => problems.Add(RuleViolation.At(InvalidCode, path, message));

        if (d.Format != Format)
        {
            Problem("$.format", $"This is stored form {d.Format}; this version of Ruicheng.Governance reads form {Format} and never guesses another.");
            return Result<DisputeCase>.Failure(problems);
        }

        var rulebook = rulebooks.Resolve(d.Rulebook!.Value, "$.rulebook");
        if (rulebook.IsFailure)
        {
            return Result<DisputeCase>.Failure(rulebook.Violations);
        }

        var type = rulebook.Value.FindCaseType(d.CaseType!);
        if (type is null)
        {
            Problem("$.caseType", $"Rulebook {d.Rulebook} has no case type '{d.CaseType}'.");
            return Result<DisputeCase>.Failure(problems);
        }

        var tierIndex = d.Tier is null ? -1 : type.Ladder.IndexOf(d.Tier);
        if (d.Tier is not null && tierIndex < 0)
        {
            Problem("$.tier", $"The {type.Ladder.Id} ladder has no tier '{d.Tier}'.");
        }

        var events = ImmutableArray.CreateBuilder<IDisputeEvent>();
        for (var i = 0; i < d.Events!.Count; i++)
        {
            if (EventFrom(d.Events[i]!) is { } raised)
            {
                events.Add(raised);
            }
            else
            {
                Problem(string.Create(CultureInfo.InvariantCulture, $"$.events[{i}]"), $"Event of type '{d.Events[i]!.Type}' lacks a field its type needs, or the type is unknown.");
            }
        }

        if (problems.Count > 0)
        {
            return Result<DisputeCase>.Failure(problems);
        }

        return Result<DisputeCase>.Success(DisputeCase.Rehydrate(
            rulebook.Value, type, tierIndex, d,
            [.. d.Parties!.Select(p => new DisputeParty(ResidentId.From(p!.Resident!), p.Household is null ? null : HouseholdId.From(p.Household)))],
            ActorFrom(d.Reporter!),
            d.Incident is { } incident ? new IncidentReport(
                ResidentId.From(incident.Reporter!), PostId.From(incident.Post!), incident.Household is null ? null : HouseholdId.From(incident.Household),
                incident.Unit is null ? null : UnitId.From(incident.Unit), IssueCategory.From(incident.Category!), incident.ReportedAt!.Value) : null,
            [.. d.Audit!.Select(a => new AuditEntry(a!.At!.Value, a.Actor is null ? null : ActorFrom(a.Actor), a.Trigger!.Value, a.From!.Value, a.To!.Value, a.FromTier, a.ToTier, a.Reason!, a.Rulebook!.Value)
            {
                Explanation = a.Explanation,
            })],
            events.ToImmutable(),
            [.. d.FiredDeadlines!.Select(f => (f!.Tier!, f.Deadline!.Value))]));
    }

    private static Actor ActorFrom(ActorDocument a) => new(ResidentId.From(a.Id!), a.Role!.Value, a.Household is null ? null : HouseholdId.From(a.Household));

    private static IDisputeEvent? EventFrom(EventDocument e)
    {
        var id = DisputeCaseId.From(e.Case!);
        var at = e.At!.Value;
        return e.Type switch
        {
            "mediation-settled" when e.Mediator is not null && e.Tier is not null => new MediationSettled(id, ResidentId.From(e.Mediator), e.Tier, at),
            "disruptive-petitioning-recorded" when e.Parties is not null => new DisruptivePetitioningRecorded(id, [.. e.Parties.Select(ResidentId.From)], at),
            "points-appeal-upheld" when e.Appellant is not null && e.Entry is not null && e.DecidedBy is not null && e.Tier is not null =>
                new PointsAppealUpheld(id, ResidentId.From(e.Appellant), e.Entry, e.CorrectedQuantity, ResidentId.From(e.DecidedBy), e.Tier, at),
            "incident-report-confirmed" when e.Reporter is not null && e.Post is not null => new IncidentReportConfirmed(id, ResidentId.From(e.Reporter), PostId.From(e.Post), at),
            _ => null,
        };
    }
}
