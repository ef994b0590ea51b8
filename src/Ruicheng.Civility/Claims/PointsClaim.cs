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
        // A declaration reports every rule it breaks.
        var check = new ClaimCheck(ClaimCommand.Declare, rulebook, null, declarer, at, resident, household, rule, occurredOn);
        var violations = ClaimRules.For(ClaimCommand.Declare).Select(r => r.Check(check)).OfType<RuleViolation>().ToList();
        var inForce = rulebook.FindRuleInForce(rule, occurredOn);
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
        return FirstBroken(ClaimCommand.Publish, actor, at) is { } broken
            ? Result<PointsClaim>.Failure(broken)
            : Result<PointsClaim>.Success(new PointsClaim(this)
            {
                State = ClaimState.Published,
                NoticeEnds = at + Duration.FromDays(Rulebook.NoticeDays),
                Audit = Audit.Add(new ClaimAuditEntry(at, actor, ClaimCommand.Publish, State, ClaimState.Published, null)),
            });
    }

    /// <summary>Anyone objects during the notice period (提出异议).</summary>
    /// <param name="objector">Who objects.</param>
    /// <param name="at">When; before the notice ends.</param>
    /// <param name="reason">Why.</param>
    public Result<PointsClaim> Object(CivilityActor objector, Instant at, string reason)
    {
        ArgumentNullException.ThrowIfNull(objector);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return FirstBroken(ClaimCommand.Object, objector, at) is { } broken
            ? Result<PointsClaim>.Failure(broken)
            : Result<PointsClaim>.Success(new PointsClaim(this)
            {
                State = ClaimState.Objected,
                Objection = $"{objector.Id}: {reason}",
                Audit = Audit.Add(new ClaimAuditEntry(at, objector, ClaimCommand.Object, State, ClaimState.Objected, reason)),
            });
    }

    /// <summary>Confirms a published claim once its notice period has ended without objection.</summary>
    /// <param name="actor">A grid worker or cadre, outside the beneficiary's household.</param>
    /// <param name="at">When.</param>
    public Result<PointsClaim> Finalize(CivilityActor actor, Instant at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (FirstBroken(ClaimCommand.Finalize, actor, at) is { } broken)
        {
            return Result<PointsClaim>.Failure(broken);
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
        if (FirstBroken(ClaimCommand.Review, reviewer, at) is { } broken)
        {
            return Result<PointsClaim>.Failure(broken);
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

    /// <summary>The first rule the command breaks, in the order <see cref="ClaimRules.For"/> lists them, or null.</summary>
    private RuleViolation? FirstBroken(ClaimCommand command, CivilityActor actor, Instant at)
    {
        var check = new ClaimCheck(command, Rulebook, this, actor, at, Resident, BeneficiaryHousehold, Rule, OccurredOn);
        return ClaimRules.For(command).Select(r => r.Check(check)).FirstOrDefault(v => v is not null);
    }

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
