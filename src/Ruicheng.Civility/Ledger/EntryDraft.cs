using NodaTime;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// An entry offered to the ledger, made with <see cref="Award"/>, <see cref="Deduction"/>, <see cref="Redemption"/> or
/// <see cref="Reversal"/> (resets are made by <see cref="PointsLedger.ResetSpendable"/>). Ingestion is idempotent on
/// (resident, source event id, rule id) — across rulebook versions, so a draft re-delivered after the ledger adopted a
/// new version is still recognised: a draft under a key already in the ledger is a duplicate (a no-op) when its kind,
/// date, quantity and reversed entry equal the stored entry's (its <see cref="RecordedAt"/>, actor and review may
/// differ: a re-delivery is not a new deed), and a conflict (rejected, <c>ledger.key.conflict</c>) otherwise. The
/// factories refuse only programming errors (null or blank text, unset ids); every rule of the ledger (rule in force,
/// sign, quantity, review, balance, who may reverse) is checked at <see cref="PointsLedger.Ingest"/> and reported there.
/// </summary>
public sealed class EntryDraft
{
    internal EntryDraft(
        ResidentId resident, string sourceEventId, EntryKind kind, RuleId? rule, LocalDate occurredOn, decimal quantity,
        EntryId? reverses, Instant recordedAt, CivilityActor? actor = null, HouseholdId? beneficiaryHousehold = null, string? review = null)
    {
        Require(!resident.IsDefault, nameof(resident), "A draft names its resident.");
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceEventId);
        Require(rule is not { IsDefault: true }, nameof(rule), "A draft's rule id is set.");
        Require(reverses is not { IsDefault: true }, nameof(reverses), "A reversal names the entry it cancels.");
        Require(review is null || !string.IsNullOrWhiteSpace(review), nameof(review), "A review reference is not blank.");
        Resident = resident;
        SourceEventId = sourceEventId;
        Kind = kind;
        Rule = rule;
        OccurredOn = occurredOn;
        Quantity = quantity;
        Reverses = reverses;
        RecordedAt = recordedAt;
        Actor = actor;
        BeneficiaryHousehold = beneficiaryHousehold;
        Review = review;
    }

    /// <summary>The beneficiary (or the sanctioned resident).</summary>
    public ResidentId Resident { get; }

    /// <summary>The id of the event in the source system (a claim, a supermarket receipt, a council decision).</summary>
    public string SourceEventId { get; }

    /// <summary>Award, deduction, redemption or reversal.</summary>
    public EntryKind Kind { get; }

    /// <summary>The points rule, for awards and deductions; null otherwise.</summary>
    public RuleId? Rule { get; }

    /// <summary>The civil date of the deed (or of the redemption or reversal).</summary>
    public LocalDate OccurredOn { get; }

    /// <summary>Occurrences or hours for awards and deductions; points spent for a redemption; 0 for a reversal.</summary>
    public decimal Quantity { get; }

    /// <summary>For a reversal, the entry it cancels; null otherwise.</summary>
    public EntryId? Reverses { get; }

    /// <summary>When it was recorded (the entry keeps it to 100 ns: see <see cref="PointsEntry.RecordedAt"/>).</summary>
    public Instant RecordedAt { get; }

    /// <summary>Who records it; required for reversals (a cadre or council member outside the beneficiary's household).</summary>
    public CivilityActor? Actor { get; }

    /// <summary>The resident's household, for conflict-of-interest checks.</summary>
    public HouseholdId? BeneficiaryHousehold { get; }

    /// <summary>
    /// The review that confirmed the deed (a confirmed <see cref="Claims.PointsClaim"/>'s id, the governance decision behind
    /// a civic event, or a council's minute), or null. An award or deduction under a rule that requires review
    /// (<see cref="Points.PointsRule.ReviewRequired"/>) is rejected without one (<c>ledger.review.required</c>).
    /// </summary>
    public string? Review { get; }

    /// <summary>Points awarded under a positive rule (加分).</summary>
    /// <param name="resident">The beneficiary.</param>
    /// <param name="sourceEventId">The source event's id; not blank.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="occurredOn">The date of the deed.</param>
    /// <param name="quantity">Occurrences (whole) or hours.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <param name="review">The review that confirmed it; required when the rule requires review.</param>
    /// <param name="beneficiaryHousehold">The resident's household, if known.</param>
    public static EntryDraft Award(
        ResidentId resident, string sourceEventId, RuleId rule, LocalDate occurredOn, decimal quantity, Instant recordedAt, string? review = null, HouseholdId? beneficiaryHousehold = null) =>
        new(resident, sourceEventId, EntryKind.Award, rule, occurredOn, quantity, null, recordedAt, null, beneficiaryHousehold, review);

    /// <summary>Points deducted under a negative rule (扣分).</summary>
    /// <param name="resident">The sanctioned resident.</param>
    /// <param name="sourceEventId">The source event's id; not blank.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="occurredOn">The date of the deed.</param>
    /// <param name="quantity">Occurrences (whole) or hours.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <param name="review">The review that confirmed it; required when the rule requires review.</param>
    /// <param name="beneficiaryHousehold">The resident's household, if known.</param>
    public static EntryDraft Deduction(
        ResidentId resident, string sourceEventId, RuleId rule, LocalDate occurredOn, decimal quantity, Instant recordedAt, string? review = null, HouseholdId? beneficiaryHousehold = null) =>
        new(resident, sourceEventId, EntryKind.Deduction, rule, occurredOn, quantity, null, recordedAt, null, beneficiaryHousehold, review);

    /// <summary>An award or a deduction under a rule, by the rule's sign (positive: <see cref="Award"/>, negative: <see cref="Deduction"/>).</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="sourceEventId">The source event's id; not blank.</param>
    /// <param name="rule">The rule (a version from the rulebook).</param>
    /// <param name="occurredOn">The date of the deed.</param>
    /// <param name="quantity">Occurrences (whole) or hours.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <param name="review">The review that confirmed it; required when the rule requires review.</param>
    /// <param name="beneficiaryHousehold">The resident's household, if known.</param>
    public static EntryDraft ForRule(
        ResidentId resident, string sourceEventId, Points.PointsRule rule, LocalDate occurredOn, decimal quantity, Instant recordedAt, string? review = null, HouseholdId? beneficiaryHousehold = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(resident, sourceEventId, rule.Points > 0 ? EntryKind.Award : EntryKind.Deduction, rule.Id, occurredOn, quantity, null, recordedAt, null, beneficiaryHousehold, review);
    }

    /// <summary>Points spent in the points supermarket (积分超市兑换).</summary>
    /// <param name="resident">The resident.</param>
    /// <param name="sourceEventId">The receipt's id; not blank.</param>
    /// <param name="occurredOn">The date of the redemption.</param>
    /// <param name="points">The points spent; positive, at most the spendable balance.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    public static EntryDraft Redemption(ResidentId resident, string sourceEventId, LocalDate occurredOn, long points, Instant recordedAt) =>
        new(resident, sourceEventId, EntryKind.Redemption, null, occurredOn, points, null, recordedAt);

    /// <summary>Cancels an earlier award, deduction or redemption (冲正).</summary>
    /// <param name="resident">The resident the cancelled entry concerns.</param>
    /// <param name="sourceEventId">The decision's id; not blank.</param>
    /// <param name="reverses">The entry cancelled.</param>
    /// <param name="occurredOn">The date of the reversal.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <param name="actor">Who reverses it: a cadre or council member outside the beneficiary's household.</param>
    /// <param name="beneficiaryHousehold">The resident's household, for the conflict-of-interest check.</param>
    public static EntryDraft Reversal(
        ResidentId resident, string sourceEventId, EntryId reverses, LocalDate occurredOn, Instant recordedAt, CivilityActor actor, HouseholdId? beneficiaryHousehold = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(resident, sourceEventId, EntryKind.Reversal, null, occurredOn, 0, reverses, recordedAt, actor, beneficiaryHousehold);
    }

    private static void Require(bool holds, string parameter, string message)
    {
        if (!holds)
        {
            throw new ArgumentException(message, parameter);
        }
    }

    /// <summary><c>kind resident rule quantity on date (source)</c>.</summary>
    public override string ToString() => $"{Kind} {Resident} {Rule} {Quantity} on {OccurredOn:uuuu-MM-dd} ({SourceEventId})";
}
