using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Claims.Rules;

/// <summary>A claim command as the claim rules see it: the claim before it (none for a declaration), who, when, and what is declared.</summary>
internal sealed record ClaimCheck(
    ClaimCommand Command, CivilityRulebook Rulebook, PointsClaim? Claim, CivilityActor Actor, Instant At,
    ResidentId Resident, HouseholdId? Household, RuleId Rule, LocalDate OccurredOn)
{
    /// <summary>Whether the actor is the beneficiary or in the beneficiary's household.</summary>
    public bool ActorIsConflicted => Actor.Id == Resident || (Household is { } household && Actor.Household == household);
}
