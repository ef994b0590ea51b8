using NodaTime;
using Ruicheng.Civility.Claims.Rules;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Claims;

/// <summary>
/// A claim for points (积分申报): declared by a grid worker, a cadre or the resident; published for the notice
/// period (公示); confirmed when no one objects, or reviewed by the moral evaluation council (道德评议会) and
/// confirmed or rejected. Rules that need no review are confirmed on declaration. Only a confirmed claim becomes a
/// ledger entry (<see cref="ToDraft"/>). Immutable: every command returns the next claim or the rule it breaks.
/// </summary>
public sealed class PointsClaim
{
    private PointsClaim(PointsClaim? previous)
    {
        if (previous is null)
        {
            return;
        }

        Id = previous.Id;
        Rulebook = previous.Rulebook;
        Resident = previous.Resident;
        BeneficiaryHousehold = previous.BeneficiaryHousehold;
        Rule = previous.Rule;
        OccurredOn = previous.OccurredOn;
        Quantity = previous.Quantity;
        State = previous.State;
        NoticeEnds = previous.NoticeEnds;
        Objection = previous.Objection;
        Decision = previous.Decision;
        DecidedAt = previous.DecidedAt;
        Audit = previous.Audit;
    }

    /// <summary>The claim's id (the ledger's source event id).</summary>
    public string Id { get; private init; } = string.Empty;

    /// <summary>The rulebook.</summary>
    public CivilityRulebook Rulebook { get; private init; } = null!;

    /// <summary>The beneficiary.</summary>
    public ResidentId Resident { get; private init; }

    /// <summary>The beneficiary's household, for conflict-of-interest checks.</summary>
    public HouseholdId? BeneficiaryHousehold { get; private init; }

    /// <summary>The points rule claimed under.</summary>
    public RuleId Rule { get; private init; }

    /// <summary>The date of the deed.</summary>
    public LocalDate OccurredOn { get; private init; }

    /// <summary>Occurrences or hours.</summary>
    public decimal Quantity { get; private init; }

    /// <summary>The current state.</summary>
    public ClaimState State { get; private init; }

    /// <summary>When the notice period ends, once published.</summary>
    public Instant? NoticeEnds { get; private init; }

    /// <summary>The objection, if any.</summary>
    public string? Objection { get; private init; }

    /// <summary>The confirmation or rejection note.</summary>
    public string? Decision { get; private init; }

    /// <summary>When the claim was confirmed or rejected.</summary>
    public Instant? DecidedAt { get; private init; }

    /// <summary>Every step of the claim, oldest first: declaration, publication, objection, confirmation or review.</summary>
    public System.Collections.Immutable.ImmutableArray<ClaimAuditEntry> Audit { get; private init; } = [];

    /// <summary>Declares a claim.</summary>
    /// <param name="rulebook">The rulebook.</param>
    /// <param name="id">The claim's id.</param>
    /// <param name="resident">The beneficiary.</param>
    /// <param name="household">The beneficiary's household, when known.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="occurredOn">The date of the deed.</param>
    /// <param name="quantity">Occurrences or hours.</param>
    /// <param name="declarer">Who declares.</param>
    /// <param name="at">When.</param>
    public static Result<PointsClaim> Declare(
        CivilityRulebook rulebook, string id, ResidentId resident, HouseholdId? household, RuleId rule, LocalDate occurredOn, decimal quantity, CivilityActor declarer, Instant at)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(declarer);
        var violations = new List<RuleViolation>();
        if (declarer.Role is not (CivilityRole.GridWorker or CivilityRole.Cadre) && !(declarer.Role == CivilityRole.Resident && declarer.Id == resident))
        {
            violations.Add(RuleViolation.Of(DeclarerMustBeEntitledRule.Id, $"{declarer.Id} acting as {declarer.Role} cannot declare points for {resident}."));
        }

        var inForce = rulebook.FindRuleInForce(rule, occurredOn);
        if (inForce is null)
        {
            violations.Add(RuleViolation.Of(ClaimRuleMustBeInForceRule.Id, $"No rule '{rule}' is in force on {occurredOn:uuuu-MM-dd}."));
        }

        if (violations.Count > 0)
        {
            return Result<PointsClaim>.Failure(violations);
        }

        return Result<PointsClaim>.Success(new PointsClaim(null)
        {
            Id = id,
            Rulebook = rulebook,
            Resident = resident,
            BeneficiaryHousehold = household,
            Rule = rule,
            OccurredOn = occurredOn,
            Quantity = quantity,
            State = inForce!.ReviewRequired ? ClaimState.Declared : ClaimState.Confirmed,
            DecidedAt = inForce.ReviewRequired ? null : at,
            Decision = inForce.ReviewRequired ? null : "rule needs no review",
            Audit = [new ClaimAuditEntry(at, declarer, ClaimCommand.Declare, null, inForce.ReviewRequired ? ClaimState.Declared : ClaimState.Confirmed, inForce.ReviewRequired ? null : "rule needs no review")],
        });
    }

    /// <summary>Publishes the claim for the rulebook's notice period (公示).</summary>
    /// <param name="actor">A grid worker or cadre.</param>
    /// <param name="at">When.</param>
    public Result<PointsClaim> Publish(CivilityActor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (State != ClaimState.Declared)
        {
            return Invalid("publish");
        }

        return actor.Role is CivilityRole.GridWorker or CivilityRole.Cadre
            ? Result<PointsClaim>.Success(new PointsClaim(this)
            {
                State = ClaimState.Published,
                NoticeEnds = at + Duration.FromDays(Rulebook.NoticeDays),
                Audit = Audit.Add(new ClaimAuditEntry(at, actor, ClaimCommand.Publish, State, ClaimState.Published, null)),
            })
            : Result<PointsClaim>.Failure(RuleViolation.Of(DeclarerMustBeEntitledRule.Id, $"{actor.Role} cannot publish claims."));
    }

    /// <summary>Anyone objects during the notice period (提出异议).</summary>
    /// <param name="objector">Who objects.</param>
    /// <param name="at">When; before the notice ends.</param>
    /// <param name="reason">Why.</param>
    public Result<PointsClaim> Object(CivilityActor objector, Instant at, string reason)
    {
        ArgumentNullException.ThrowIfNull(objector);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return State == ClaimState.Published && at < NoticeEnds
            ? Result<PointsClaim>.Success(new PointsClaim(this)
            {
                State = ClaimState.Objected,
                Objection = $"{objector.Id}: {reason}",
                Audit = Audit.Add(new ClaimAuditEntry(at, objector, ClaimCommand.Object, State, ClaimState.Objected, reason)),
            })
            : Invalid("object (only a published claim, within its notice period)");
    }

    /// <summary>Confirms a published claim once its notice period has ended without objection.</summary>
    /// <param name="actor">A grid worker or cadre, outside the beneficiary's household.</param>
    /// <param name="at">When.</param>
    public Result<PointsClaim> Finalize(CivilityActor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (State != ClaimState.Published)
        {
            return Invalid("finalize");
        }

        if (at < NoticeEnds)
        {
            return Result<PointsClaim>.Failure(RuleViolation.Of(NoticePeriodMustHaveEndedRule.Id, $"The notice period ends at {NoticeEnds}.", Figure.Of("noticeEnds", NoticeEnds)));
        }

        if (IsConflicted(actor) || actor.Role is not (CivilityRole.GridWorker or CivilityRole.Cadre or CivilityRole.CouncilMember))
        {
            return Result<PointsClaim>.Failure(RuleViolation.Of(NoConflictOfInterestRule.Id, $"{actor.Id} may not confirm a claim for {Resident}."));
        }

        return Result<PointsClaim>.Success(new PointsClaim(this)
        {
            State = ClaimState.Confirmed,
            DecidedAt = at,
            Decision = "no objection during the notice period",
            Audit = Audit.Add(new ClaimAuditEntry(at, actor, ClaimCommand.Finalize, State, ClaimState.Confirmed, "no objection during the notice period")),
        });
    }

    /// <summary>The moral evaluation council confirms or rejects an objected claim.</summary>
    /// <param name="reviewer">A council member outside the beneficiary's household.</param>
    /// <param name="at">When.</param>
    /// <param name="confirm">Whether to confirm.</param>
    /// <param name="note">The council's reasoning.</param>
    public Result<PointsClaim> Review(CivilityActor reviewer, Instant at, bool confirm, string note)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (State != ClaimState.Objected)
        {
            return Invalid("review");
        }

        if (reviewer.Role != CivilityRole.CouncilMember)
        {
            return Result<PointsClaim>.Failure(RuleViolation.Of(ReviewerMustBeCouncilMemberRule.Id, $"{reviewer.Id} acts as {reviewer.Role}, not as a council member."));
        }

        if (IsConflicted(reviewer))
        {
            return Result<PointsClaim>.Failure(RuleViolation.Of(NoConflictOfInterestRule.Id, $"{reviewer.Id} is in {Resident}'s household and must step aside (回避)."));
        }

        var decided = confirm ? ClaimState.Confirmed : ClaimState.Rejected;
        return Result<PointsClaim>.Success(new PointsClaim(this)
        {
            State = decided,
            DecidedAt = at,
            Decision = note,
            Audit = Audit.Add(new ClaimAuditEntry(at, reviewer, ClaimCommand.Review, State, decided, note)),
        });
    }

    /// <summary>The ledger draft of a confirmed claim (award or deduction by the rule's sign).</summary>
    /// <exception cref="InvalidOperationException">The claim is not confirmed.</exception>
    public EntryDraft ToDraft()
    {
        if (State != ClaimState.Confirmed)
        {
            throw new InvalidOperationException($"Claim {Id} is {State}; only a confirmed claim enters the ledger.");
        }

        var rule = Rulebook.FindRuleInForce(Rule, OccurredOn)!;
        return new EntryDraft(Resident, Id, rule.Points > 0 ? EntryKind.Award : EntryKind.Deduction, Rule, OccurredOn, Quantity, null, DecidedAt!.Value, null, BeneficiaryHousehold, review: Id);
    }

    private bool IsConflicted(CivilityActor actor) =>
        actor.Id == Resident || (BeneficiaryHousehold is { } household && actor.Household == household);

    private Result<PointsClaim> Invalid(string command) =>
        Result<PointsClaim>.Failure(RuleViolation.Of(ClaimTransitionMustBeDefinedRule.Id, $"A {State} claim cannot {command}.", Figure.Of("state", State)));

    /// <summary>Rebuilds a stored claim exactly as written (<see cref="PointsClaimJson"/>); the document is already checked.</summary>
    internal static PointsClaim Rehydrate(CivilityRulebook rulebook, PointsClaimDocument d) => new(null)
    {
        Id = d.Id!,
        Rulebook = rulebook,
        Resident = ResidentId.From(d.Resident!),
        BeneficiaryHousehold = d.Household is null ? null : HouseholdId.From(d.Household),
        Rule = RuleId.From(d.Rule!),
        OccurredOn = d.OccurredOn!.Value,
        Quantity = d.Quantity,
        State = d.State!.Value,
        NoticeEnds = d.NoticeEnds,
        Objection = d.Objection,
        Decision = d.Decision,
        DecidedAt = d.DecidedAt,
        Audit = [.. d.Audit!.Select(a => new ClaimAuditEntry(
            a!.At!.Value,
            new CivilityActor(ResidentId.From(a.Actor!.Id!), a.Actor.Role!.Value, a.Actor.Household is null ? null : HouseholdId.From(a.Actor.Household)),
            a.Command!.Value,
            a.From,
            a.To!.Value,
            a.Note))],
    };
}
