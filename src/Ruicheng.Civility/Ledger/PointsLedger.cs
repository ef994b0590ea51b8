using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// The civility-points ledger (积分台账): append-only entries for residents — awards, deductions, redemptions,
/// reversals and periodic resets — with idempotent ingestion and an HMAC hash chain. Only confirmed points enter
/// the ledger (claims are confirmed first, see <see cref="Claims.PointsClaim"/>). Not thread-safe: one writer.
/// </summary>
public sealed class PointsLedger
{
    private readonly List<PointsEntry> _entries = [];
    private readonly Dictionary<(ResidentId, string, RuleId?), PointsEntry> _byKey = [];
    private readonly Dictionary<EntryId, PointsEntry> _byId = [];
    private readonly HashSet<EntryId> _reversed = [];
    private readonly Dictionary<ResidentId, List<PointsEntry>> _byResident = [];
    private readonly byte[] _key;

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="rulebook">The rulebook whose rules award and deduct.</param>
    /// <param name="hmacKey">The secret key of the hash chain, at least 16 bytes; the ledger keeps a copy.</param>
    /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
    public PointsLedger(CivilityRulebook rulebook, ReadOnlySpan<byte> hmacKey)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        if (hmacKey.Length < 16)
        {
            throw new ArgumentException("The HMAC key needs at least 16 bytes.", nameof(hmacKey));
        }

        Rulebook = rulebook;
        _key = hmacKey.ToArray();
    }

    /// <summary>
    /// The rulebook new entries are recorded under (their <see cref="PointsEntry.RulebookVersion"/>); changed only by
    /// <see cref="AdoptRulebook"/>, which keeps every past rule version as it was.
    /// </summary>
    public CivilityRulebook Rulebook { get; private set; }

    /// <summary>Every entry, in order.</summary>
    public IReadOnlyList<PointsEntry> Entries => _entries;

    /// <summary>The hash of the last entry (keep it elsewhere to detect truncation), or empty for an empty ledger.</summary>
    public ImmutableArray<byte> Head => _entries.Count == 0 ? [] : _entries[^1].Hash;

    /// <summary>The entries of one resident, in order.</summary>
    /// <param name="resident">The resident.</param>
    public IReadOnlyList<PointsEntry> EntriesOf(ResidentId resident) => _byResident.TryGetValue(resident, out var list) ? list : [];

    /// <summary>Whether an entry has been cancelled by a reversal.</summary>
    /// <param name="id">The entry.</param>
    public bool IsReversed(EntryId id) => _reversed.Contains(id);

    /// <summary>The residents with entries.</summary>
    public IEnumerable<ResidentId> Residents => _byResident.Keys;

    /// <summary>
    /// The resident's points balance: the sum of the points of their awards and deductions that have not been
    /// reversed (before caps and expiry, which <see cref="Scoring.CivilityScorer"/> applies).
    /// </summary>
    /// <param name="resident">The resident.</param>
    public long Balance(ResidentId resident) =>
        EntriesOf(resident).Where(e => e.Kind is EntryKind.Award or EntryKind.Deduction && !_reversed.Contains(e.Id)).Sum(e => e.Points);

    /// <summary>
    /// The resident's spendable balance (可兑换积分) over the whole ledger: the resident's entries in ledger order,
    /// reversals and reversed entries left out; an award adds only the points that counted after the rulebook's caps
    /// (an award above a cap never becomes spendable), a deduction, redemption or reset adds its negative points, and
    /// the running balance never goes below zero (a deduction larger than the balance takes it to zero). Caps are
    /// applied as the scorer applies them (Civility README, "How scores are computed"), so a back-dated award can
    /// lower what a later-dated award in the same cap period counts.
    /// </summary>
    /// <param name="resident">The resident.</param>
    public long SpendableBalance(ResidentId resident) => Scoring.ResidentPass.Spendable(Rulebook.CapPlan, this, resident, LocalDate.MaxIsoValue);

    /// <summary>
    /// Ingests drafts: each is appended, recognised as a duplicate, or rejected with its reason; the rest of the
    /// batch is always processed.
    /// </summary>
    /// <param name="drafts">The drafts, in order.</param>
    public IngestReport Ingest(IEnumerable<EntryDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var appended = ImmutableArray.CreateBuilder<PointsEntry>();
        var duplicates = ImmutableArray.CreateBuilder<int>();
        var rejected = ImmutableArray.CreateBuilder<RuleViolation>();
        var position = 0;
        foreach (var draft in drafts)
        {
            var outcome = IngestOne(draft, position);
            if (outcome.Entry is not null)
            {
                appended.Add(outcome.Entry);
            }
            else if (outcome.Violation is not null)
            {
                rejected.Add(outcome.Violation);
            }
            else
            {
                duplicates.Add(position);
            }

            position++;
        }

        return new IngestReport(appended.ToImmutable(), duplicates.ToImmutable(), rejected.ToImmutable());
    }

    /// <summary>
    /// Records the yearly reset of the spendable balance on the rulebook's reset date
    /// (<see cref="Points.ExpiryPolicy.SpendableResetMonth"/>/<see cref="Points.ExpiryPolicy.SpendableResetDay"/>, e.g. 31 December):
    /// one reset entry per resident (in ordinal order of resident id) whose <see cref="SpendableBalance"/> is
    /// positive, bringing it to zero. Idempotent per date: a second call on the same date appends nothing.
    /// </summary>
    /// <param name="date">The reset date; any other month and day than the rulebook's is refused.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <returns>The reset entries appended, or a <see cref="ResetMustFallOnRulebookDateRule"/> violation.</returns>
    public Result<ImmutableArray<PointsEntry>> ResetSpendable(LocalDate date, Instant recordedAt)
    {
        if (ResetMustFallOnRulebookDateRule.Check(Rulebook.Expiry, date) is { } refused)
        {
            return Result<ImmutableArray<PointsEntry>>.Failure(refused);
        }

        var source = $"reset:{date:uuuu-MM-dd}";
        var resets = ImmutableArray.CreateBuilder<PointsEntry>();
        foreach (var resident in _byResident.Keys.Order().ToList())
        {
            var balance = SpendableBalance(resident);
            var key = (resident, source, (RuleId?)null);
            if (balance > 0 && !_byKey.ContainsKey(key))
            {
                resets.Add(Append(resident, EntryKind.Reset, null, source, date, balance, -balance, null, recordedAt));
            }
        }

        return Result<ImmutableArray<PointsEntry>>.Success(resets.ToImmutable());
    }

    /// <summary>
    /// Moves the ledger to a later version of its rulebook (e.g. 1.0 → 1.1): new entries are recorded under it, and
    /// entries already recorded keep the version they were recorded under. Refused, with every rule id and date
    /// concerned, unless the past is unchanged: see <see cref="RulebookChangeMustKeepPastRule"/>.
    /// </summary>
    /// <param name="next">The new version.</param>
    /// <returns>The adopted rulebook, or every violation.</returns>
    public Result<CivilityRulebook> AdoptRulebook(CivilityRulebook next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var violations = RulebookChangeMustKeepPastRule.Check(Rulebook, next);
        if (!violations.IsEmpty)
        {
            return Result<CivilityRulebook>.Failure(violations);
        }

        Rulebook = next;
        return Result<CivilityRulebook>.Success(next);
    }

    /// <summary>
    /// Verifies a hash chain: every entry's hash, the sequence (so reordering and removal are caught) and, when
    /// <paramref name="expectedHead"/> is given, that nothing was cut off the end.
    /// </summary>
    /// <param name="entries">The entries as stored.</param>
    /// <param name="hmacKey">The chain's key.</param>
    /// <param name="expectedHead">The head kept elsewhere, or empty to skip the truncation check.</param>
    public static ChainVerification Verify(IReadOnlyList<PointsEntry> entries, ReadOnlySpan<byte> hmacKey, ReadOnlySpan<byte> expectedHead)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var key = hmacKey.ToArray();
        ReadOnlySpan<byte> previous = [];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Sequence != i)
            {
                return new ChainVerification(false, i, $"entry at position {i} has sequence {entries[i].Sequence}: entries were removed or reordered");
            }

            var expected = entries[i].ComputeHash(previous, key);
            if (!entries[i].Hash.AsSpan().SequenceEqual(expected))
            {
                return new ChainVerification(false, i, $"entry {entries[i].Id} does not match its hash: it, or an entry before it, was altered");
            }

            previous = entries[i].Hash.AsSpan();
        }

        if (!expectedHead.IsEmpty && !previous.SequenceEqual(expectedHead))
        {
            return new ChainVerification(false, entries.Count, "the last entry is not the expected head: the ledger was truncated");
        }

        return new ChainVerification(true, -1, string.Empty);
    }

    private (PointsEntry? Entry, RuleViolation? Violation) IngestOne(EntryDraft draft, int position)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var path = $"[{position}]";
        var key = (draft.Resident, draft.SourceEventId, draft.Rule);
        var (points, violation) = Resolve(draft, path);
        if (_byKey.TryGetValue(key, out var existing))
        {
            return existing.Kind == draft.Kind && existing.OccurredOn == draft.OccurredOn && existing.Quantity == draft.Quantity && existing.Reverses == draft.Reverses
                ? (null, null)
                : (null, RuleViolation.At(IngestionKeyConflictRule.Id, path, $"Source event '{draft.SourceEventId}' of {draft.Resident} under {draft.Rule} is already entry {existing.Id} with different content.", draft.SourceEventId));
        }

        if (violation is not null)
        {
            return (null, violation);
        }

        var entry = Append(draft.Resident, draft.Kind, draft.Rule, draft.SourceEventId, draft.OccurredOn, draft.Quantity, points, draft.Reverses, draft.RecordedAt);
        if (draft.Kind == EntryKind.Reversal)
        {
            _reversed.Add(draft.Reverses!.Value);
        }

        return (entry, null);
    }

    private (long Points, RuleViolation? Violation) Resolve(EntryDraft draft, string path)
    {
        switch (draft.Kind)
        {
            case EntryKind.Award or EntryKind.Deduction:
                var rule = draft.Rule is { } id ? Rulebook.RuleInForce(id, draft.OccurredOn) : null;
                if (rule is null)
                {
                    return (0, RuleViolation.At(EntryRuleMustBeInForceRule.Id, path, $"No rule '{draft.Rule}' is in force on {draft.OccurredOn:uuuu-MM-dd} in {Rulebook.Header}.", draft.Rule?.Value));
                }

                if ((rule.Points > 0) != (draft.Kind == EntryKind.Award))
                {
                    return (0, RuleViolation.At(EntryKindMustMatchRuleSignRule.Id, path, $"Rule {rule.Id} gives {rule.Points} points; it cannot record a {draft.Kind}.", draft.Kind.ToString()));
                }

                if (draft.Quantity <= 0 || (rule.Unit == Points.PointsUnit.Occurrence && decimal.Truncate(draft.Quantity) != draft.Quantity))
                {
                    return (0, RuleViolation.At(QuantityMustBeValidRule.Id, path, $"Quantity {draft.Quantity} is not a positive number of {rule.Unit}s.", draft.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                return (rule.PointsFor(draft.Quantity), null);

            case EntryKind.Redemption:
                if (draft.Quantity <= 0 || decimal.Truncate(draft.Quantity) != draft.Quantity)
                {
                    return (0, RuleViolation.At(QuantityMustBeValidRule.Id, path, "A redemption spends a positive whole number of points.", draft.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                var spendable = SpendableBalance(draft.Resident);
                return draft.Quantity > spendable
                    ? (0, RuleViolation.At(RedemptionMustNotExceedBalanceRule.Id, path, $"{draft.Resident} would spend {draft.Quantity} points with {spendable} spendable.", null, Figure.Of("spendable", spendable), Figure.Of("requested", draft.Quantity)))
                    : (-(long)draft.Quantity, null);

            case EntryKind.Reversal:
                if (draft.Actor is not { Role: CivilityRole.Cadre or CivilityRole.CouncilMember } actor
                    || (draft.BeneficiaryHousehold is { } household && actor.Household == household) || actor.Id == draft.Resident)
                {
                    return (0, RuleViolation.At(ReverserMustBeEntitledRule.Id, path, "A reversal is recorded by a cadre or council member outside the beneficiary's household.", draft.Actor?.Id.Value));
                }

                if (draft.Reverses is not { } target || !_byId.TryGetValue(target, out var original) || original.Resident != draft.Resident
                    || original.Kind is EntryKind.Reversal or EntryKind.Reset || _reversed.Contains(target))
                {
                    return (0, RuleViolation.At(ReversalMustReferenceEntryRule.Id, path, $"'{draft.Reverses}' is not an unreversed entry of {draft.Resident} that can be reversed.", draft.Reverses?.Value));
                }

                return (-original.Points, null);

            default:
                return (0, RuleViolation.At(ReversalMustReferenceEntryRule.Id, path, $"{draft.Kind} entries are made by the ledger itself.", draft.Kind.ToString()));
        }
    }

    private PointsEntry Append(ResidentId resident, EntryKind kind, RuleId? rule, string source, LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt)
    {
        var entry = PointsEntry.Create(_entries.Count, resident, kind, rule, Rulebook.Header.Version, source, occurredOn, quantity, points, reverses, recordedAt, Head.AsSpan(), _key);
        _entries.Add(entry);
        _byId.Add(entry.Id, entry);
        _byKey[(resident, source, rule)] = entry;
        if (!_byResident.TryGetValue(resident, out var list))
        {
            list = [];
            _byResident.Add(resident, list);
        }

        list.Add(entry);
        return entry;
    }
}
