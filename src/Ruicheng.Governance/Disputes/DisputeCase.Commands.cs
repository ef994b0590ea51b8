using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Governance.Disputes.Events;
using Ruicheng.Governance.Disputes.Rules;

namespace Ruicheng.Governance.Disputes;

public sealed partial class DisputeCase
{
    /// <summary>The entry tier's body accepts the case (受理); mediation starts at the case type's entry tier.</summary>
    /// <param name="actor">Who accepts.</param>
    /// <param name="at">When.</param>
    public Result<DisputeCase> Accept(Actor actor, Instant at) =>
        Execute(DisputeTrigger.Accept, actor, at, "accepted", () =>
        {
            var tier = CaseType.Ladder.Tiers[CaseType.EntryTier];
            return new DisputeCase(this)
            {
                TierIndex = CaseType.EntryTier,
                DeadlineDecision = DeadlineFrom(at, tier),
                VisitedStages = VisitedStages.Add(tier.Stage),
                Events = WithConfirmation(at),
            };
        });

    /// <summary>
    /// The entry tier's body accepts the case judged simple, ordinary or complex (繁简分流), with a reason: the deadline at
    /// the accepting tier is the case type's limit for that complexity instead of the tier's own (later tiers keep theirs).
    /// </summary>
    /// <param name="actor">Who accepts.</param>
    /// <param name="at">When.</param>
    /// <param name="complexity">The judgement.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The case, or every violation (<see cref="ComplexityRule"/> when the case type gives no complexity limits).</returns>
    public Result<DisputeCase> AcceptAs(Actor actor, Instant at, CaseComplexity complexity, string reason)
    {
        if (ComplexityRule.CheckAcceptance(CaseType, complexity, out var limit) is { } unsorted)
        {
            return Result<DisputeCase>.Failure(unsorted);
        }

        if (ReasonRequiredRule.Check(reason, "Accepting by complexity") is { } noReason)
        {
            return Result<DisputeCase>.Failure(noReason);
        }

        return Execute(DisputeTrigger.Accept, actor, at, $"accepted as {complexity}: {reason}", () =>
        {
            var tier = CaseType.Ladder.Tiers[CaseType.EntryTier];
            return new DisputeCase(this)
            {
                TierIndex = CaseType.EntryTier,
                DeadlineDecision = Checked(Rulebook.Calendar.Deadline(at, limit)),
                VisitedStages = VisitedStages.Add(tier.Stage),
                Events = WithConfirmation(at),
                Complexity = complexity,
            };
        });
    }

    /// <summary>
    /// The accepting tier's body changes the complexity once, with a reason, while the case is still at that tier: the
    /// deadline becomes the new complexity's limit counted from the acceptance.
    /// </summary>
    /// <param name="actor">Who changes it.</param>
    /// <param name="at">When.</param>
    /// <param name="complexity">The new judgement.</param>
    /// <param name="reason">Why; required.</param>
    /// <returns>The case, or every violation (<see cref="ComplexityRule"/> when it was not accepted by complexity, was changed before, or has left the accepting tier).</returns>
    public Result<DisputeCase> ChangeComplexity(Actor actor, Instant at, CaseComplexity complexity, string reason)
    {
        if (ComplexityRule.CheckChange(this, complexity, out var limit) is { } unchangeable)
        {
            return Result<DisputeCase>.Failure(unchangeable);
        }

        if (ReasonRequiredRule.Check(reason, DisputeTrigger.ChangeComplexity.ToString()) is { } noReason)
        {
            return Result<DisputeCase>.Failure(noReason);
        }

        var accepted = Audit.Last(a => a.Trigger == DisputeTrigger.Accept).At;
        return Execute(DisputeTrigger.ChangeComplexity, actor, at, $"{Complexity} → {complexity}: {reason}", () => new DisputeCase(this)
        {
            DeadlineDecision = Checked(Rulebook.Calendar.Deadline(accepted, limit)),
            Complexity = complexity,
            ComplexityChanged = true,
        });
    }

    /// <summary>The entry tier's body declines the case with a reason (不予受理).</summary>
    /// <param name="actor">Who declines.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    public Result<DisputeCase> Decline(Actor actor, Instant at, string reason) =>
        Execute(DisputeTrigger.Decline, actor, at, reason, () => new DisputeCase(this));

    /// <summary>The current tier's body records an agreement (达成协议).</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="terms">The terms.</param>
    /// <param name="seekCourtConfirmation">Whether the parties will apply for court confirmation within the rulebook's window.</param>
    public Result<DisputeCase> RecordAgreement(Actor actor, Instant at, string terms, bool seekCourtConfirmation) =>
        Execute(DisputeTrigger.RecordAgreement, actor, at, terms, () => new DisputeCase(this)
        {
            Agreement = new MediationAgreement(terms, seekCourtConfirmation, seekCourtConfirmation ? Rulebook.Calendar.DeadlineAfter(at, Rulebook.CourtConfirmationWindow) : null),
            DeadlineDecision = null,
            Events = Events.Add(new MediationSettled(Id, actor.Id, Tier!.Id, at)),
        });

    /// <summary>The current tier's body records that mediation failed (调解不成).</summary>
    /// <param name="actor">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    public Result<DisputeCase> RecordFailure(Actor actor, Instant at, string reason) =>
        Execute(DisputeTrigger.RecordFailure, actor, at, reason, () => new DisputeCase(this) { DeadlineDecision = null });

    /// <summary>The current tier's body grants an extension (延期): the deadline moves by the tier's extension.</summary>
    /// <param name="actor">Who grants it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    public Result<DisputeCase> GrantExtension(Actor actor, Instant at, string reason) =>
        Execute(DisputeTrigger.GrantExtension, actor, at, reason, () => new DisputeCase(this)
        {
            DeadlineDecision = Checked(Rulebook.Calendar.Deadline(Deadline ?? at, Tier!.Extension)),
            ExtensionsUsed = ExtensionsUsed + 1,
        });

    /// <summary>A party (or the tier's body) escalates the case to the next tier (上交).</summary>
    /// <param name="actor">Who escalates.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    public Result<DisputeCase> Escalate(Actor actor, Instant at, string reason) =>
        Execute(DisputeTrigger.Escalate, actor, at, reason, () => MovedTo(NextTierIndex(), at));

    /// <summary>A party (or the tier's body) refers the case to court (诉调对接), once the administrative stage is reached or exempt.</summary>
    /// <param name="actor">Who refers it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    public Result<DisputeCase> ReferToCourt(Actor actor, Instant at, string reason) =>
        Execute(DisputeTrigger.ReferToCourt, actor, at, reason, () => MovedTo(LitigationTierIndex(), at));

    /// <summary>A party withdraws the case (撤回).</summary>
    /// <param name="actor">The party.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; required.</param>
    public Result<DisputeCase> Withdraw(Actor actor, Instant at, string reason) =>
        Execute(DisputeTrigger.Withdraw, actor, at, reason, () => new DisputeCase(this) { DeadlineDecision = null });

    /// <summary>The current tier's body closes the case (结案).</summary>
    /// <param name="actor">Who closes it.</param>
    /// <param name="at">When.</param>
    /// <param name="closure">Why it is closed; disruptive repeat petitioning raises <see cref="DisruptivePetitioningRecorded"/>.</param>
    /// <param name="reason">A note; required.</param>
    public Result<DisputeCase> Close(Actor actor, Instant at, DisputeClosure closure, string reason)
    {
        if (DisruptiveClosureOnlyForPetitionsRule.Check(CaseType, closure) is { } notPetition)
        {
            return Result<DisputeCase>.Failure(notPetition);
        }

        return Execute(DisputeTrigger.Close, actor, at, reason, () => new DisputeCase(this)
        {
            Closure = closure,
            DeadlineDecision = null,
            Events = closure == DisputeClosure.DisruptiveRepeatPetitioning
                ? Events.Add(new DisruptivePetitioningRecorded(Id, Parties.Select(p => p.Resident).ToList(), at))
                : Events,
        });
    }

    /// <summary>Whether the actor may escalate now; when not, <paramref name="reasons"/> lists every rule it would break.</summary>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Empty when allowed; otherwise every violation.</param>
    public bool CanEscalate(Actor actor, Instant at, out ImmutableArray<RuleViolation> reasons) => Can(DisputeTrigger.Escalate, actor, at, out reasons);

    /// <summary>Whether the actor may refer the case to court now; when not, <paramref name="reasons"/> lists every rule it would break.</summary>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Empty when allowed; otherwise every violation.</param>
    public bool CanReferToCourt(Actor actor, Instant at, out ImmutableArray<RuleViolation> reasons) => Can(DisputeTrigger.ReferToCourt, actor, at, out reasons);

    /// <summary>Whether the actor may record an agreement now; when not, <paramref name="reasons"/> lists every rule it would break.</summary>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Empty when allowed; otherwise every violation.</param>
    public bool CanRecordAgreement(Actor actor, Instant at, out ImmutableArray<RuleViolation> reasons) => Can(DisputeTrigger.RecordAgreement, actor, at, out reasons);

    /// <summary>Whether the actor may grant an extension now; when not, <paramref name="reasons"/> lists every rule it would break.</summary>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Empty when allowed; otherwise every violation.</param>
    public bool CanGrantExtension(Actor actor, Instant at, out ImmutableArray<RuleViolation> reasons) => Can(DisputeTrigger.GrantExtension, actor, at, out reasons);

    /// <summary>Whether the actor may withdraw the case now; when not, <paramref name="reasons"/> lists every rule it would break.</summary>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Empty when allowed; otherwise every violation.</param>
    public bool CanWithdraw(Actor actor, Instant at, out ImmutableArray<RuleViolation> reasons) => Can(DisputeTrigger.Withdraw, actor, at, out reasons);

    private bool Can(DisputeTrigger trigger, Actor actor, Instant at, out ImmutableArray<RuleViolation> reasons)
    {
        // A reason is required by some commands; the question is whether the command is allowed, so one is supplied.
        reasons = Check(trigger, actor, at, "check");
        return reasons.IsEmpty;
    }

    /// <summary>
    /// The role of the body that may give <paramref name="trigger"/> now, or null when no body does: the entry tier's
    /// handler for <see cref="DisputeTrigger.Accept"/> and <see cref="DisputeTrigger.Decline"/>; the current tier's handler
    /// for the tier's own commands (agreement, failure, extension, complexity, appeal decisions, close) and for
    /// <see cref="DisputeTrigger.Escalate"/> and <see cref="DisputeTrigger.ReferToCourt"/> (which a party may also give);
    /// null for <see cref="DisputeTrigger.Withdraw"/> (a party's), for the clock's triggers, and where the case has no
    /// tier for the command. Whether the command is allowed now is <see cref="Check"/>'s answer.
    /// </summary>
    /// <param name="trigger">The command.</param>
    public ActorRole? HandlerFor(DisputeTrigger trigger) => trigger switch
    {
        DisputeTrigger.Accept or DisputeTrigger.Decline => CaseType.Ladder.Tiers[CaseType.EntryTier].Handler,
        DisputeTrigger.Withdraw or DisputeTrigger.DeadlineEscalation or DisputeTrigger.Overdue => null,
        _ => Tier?.Handler,
    };

    /// <summary>Every rule a command would break now (empty when it is allowed): the transition table, chronology, who may act, and the command's own rules.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act; null only for <see cref="DisputeTrigger.DeadlineEscalation"/>.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">The reason that would be given.</param>
    public ImmutableArray<RuleViolation> Check(DisputeTrigger trigger, Actor? actor, Instant at, string? reason)
    {
        var transition = DisputeWorkflow.Find(State, trigger);
        if (TransitionMustBeDefinedRule.Check(State, trigger, transition) is { } undefined)
        {
            return [undefined];
        }

        System.Diagnostics.Debug.Assert(transition is not null, "the rule refuses a missing transition");
        var violations = ImmutableArray.CreateBuilder<RuleViolation>();

        // The command reads as the rules its row of the table lists, each checking its own condition.
        var command = new DisputeCommand(this, trigger, actor, at, reason);
        foreach (var rule in transition.Rules)
        {
            rule.Check(command, violations);
        }

        return violations.ToImmutable();
    }

    private Result<DisputeCase> Execute(DisputeTrigger trigger, Actor? actor, Instant at, string reason, Func<DisputeCase> change)
    {
        var violations = Check(trigger, actor, at, reason);
        if (!violations.IsEmpty)
        {
            return Result<DisputeCase>.Failure(violations);
        }

        var transition = DisputeWorkflow.Find(State, trigger)!;
        DisputeCase next;
        try
        {
            next = change();
        }
        catch (CalendarGapException gap)
        {
            return Result<DisputeCase>.Failure(gap.Violation);
        }

        return Result<DisputeCase>.Success(new DisputeCase(next)
        {
            State = transition.To,
            Audit = Audit.Add(new AuditEntry(at, actor, trigger, State, transition.To, Tier?.Id, next.Tier?.Id, reason, OpenedUnder)
            {
                // A step that sets a deadline carries how it was counted (start, counted days, skipped days, end).
                Explanation = next.Deadline is not null && (next.Deadline != Deadline || next.TierIndex != TierIndex) ? next.DeadlineExplanation : null,
            }),
        });
    }

    private DisputeCase MovedTo(int tierIndex, Instant at)
    {
        var tier = CaseType.Ladder.Tiers[tierIndex];
        return new DisputeCase(this)
        {
            TierIndex = tierIndex,
            DeadlineDecision = DeadlineFrom(at, tier),
            ExtensionsUsed = 0,
            VisitedStages = VisitedStages.Add(tier.Stage),
        };
    }

    private Decision<Instant>? DeadlineFrom(Instant at, EscalationTier tier) =>
        tier.Limit is { } limit ? Checked(Rulebook.Calendar.Deadline(at, limit)) : null;

    /// <summary>The deadline, or a refusal of the whole command when the calendar does not cover a day it needs.</summary>
    private static Decision<Instant> Checked(Result<Decision<Instant>> deadline) =>
        deadline.IsSuccess ? deadline.Value : throw new CalendarGapException(deadline.FirstViolation!);

    internal int NextTierIndex()
    {
        var tiers = CaseType.Ladder.Tiers;
        for (var i = TierIndex + 1; i < tiers.Length; i++)
        {
            if (tiers[i].Stage == DisputeStage.Litigation)
            {
                return -1;
            }

            if (!tiers[i].SkippableFor.Contains(CaseType.Id) && !CaseType.ExemptStages.Contains(tiers[i].Stage))
            {
                return i;
            }
        }

        return -1;
    }

    internal int LitigationTierIndex()
    {
        var tiers = CaseType.Ladder.Tiers;
        for (var i = Math.Max(TierIndex + 1, 0); i < tiers.Length; i++)
        {
            if (tiers[i].Stage == DisputeStage.Litigation)
            {
                return i;
            }
        }

        return -1;
    }
}
