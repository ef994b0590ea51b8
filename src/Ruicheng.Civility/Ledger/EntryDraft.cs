using NodaTime;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// An entry offered to the ledger (an award, deduction, redemption or reversal). Ingestion is idempotent on
/// (resident, source event id, rule id) — across rulebook versions, so a draft re-delivered after the ledger adopted a
/// new version is still recognised: a draft under a key already in the ledger is a duplicate (a no-op) when its kind,
/// date, quantity and reversed entry equal the stored entry's (its <see cref="RecordedAt"/> and actor may differ: a
/// re-delivery is not a new deed), and a conflict (rejected, <c>ledger.key.conflict</c>) otherwise.
/// </summary>
/// <param name="Resident">The beneficiary (or the sanctioned resident).</param>
/// <param name="SourceEventId">The id of the event in the source system (a claim, a supermarket receipt, a council decision).</param>
/// <param name="Kind">Award, deduction, redemption or reversal (resets are made by <see cref="PointsLedger.ResetSpendable"/>).</param>
/// <param name="Rule">The points rule, for awards and deductions.</param>
/// <param name="OccurredOn">The civil date of the deed (or of the redemption).</param>
/// <param name="Quantity">Occurrences or hours for awards and deductions; points spent for a redemption.</param>
/// <param name="Reverses">For a reversal, the entry it cancels.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Actor">Who records it; required for reversals.</param>
/// <param name="BeneficiaryHousehold">The resident's household, for conflict-of-interest checks.</param>
public sealed record EntryDraft(
    ResidentId Resident, string SourceEventId, EntryKind Kind, RuleId? Rule, LocalDate OccurredOn, decimal Quantity,
    EntryId? Reverses, Instant RecordedAt, CivilityActor? Actor = null, HouseholdId? BeneficiaryHousehold = null);
