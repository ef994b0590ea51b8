using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// The civility-points ledger (积分台账): append-only entries for residents — awards, deductions, redemptions,
/// reversals and periodic resets — with idempotent ingestion and an HMAC hash chain. Only confirmed points enter
/// the ledger (claims are confirmed first, see <see cref="Claims.PointsClaim"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Nothing outside the chain.</b> Every view the ledger gives (<see cref="Entries"/>, <see cref="EntriesOf"/>,
/// <see cref="Residents"/>) is an immutable snapshot, and every balance and score is derived from chained entries
/// only, so no change made through the public API escapes <see cref="Verify(IReadOnlyList{PointsEntry}, IEnumerable{LedgerKey}, ReadOnlySpan{byte})"/>.
/// </para>
/// <para>
/// <b>Threads.</b> Safe for any number of concurrent readers and writers. Writes (<see cref="Ingest"/>,
/// <see cref="ResetSpendable"/>, <see cref="AdoptRulebook"/>, <see cref="RotateKey"/>) are serialised; each publishes
/// its whole outcome at once, so a reader sees a batch entirely or not at all. Each read member works on one
/// published state; two successive reads may see different states if a write happened in between.
/// </para>
/// </remarks>
public sealed class PointsLedger
{
    private readonly Lock _writeLock = new();
    private volatile LedgerState _state;
    private volatile CivilityRulebook _rulebook;
    private volatile LedgerKey _signingKey;
    private ImmutableDictionary<string, LedgerKey> _keys;

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="rulebook">The rulebook whose rules award and deduct.</param>
    /// <param name="signingKey">The key that signs new entries (see <see cref="LedgerKey"/> for what a key must be).</param>
    public PointsLedger(CivilityRulebook rulebook, LedgerKey signingKey)
        : this(rulebook, signingKey, ImmutableDictionary<string, LedgerKey>.Empty.Add(signingKey.Id, signingKey), LedgerState.Empty)
    {
    }

    private PointsLedger(CivilityRulebook rulebook, LedgerKey signingKey, ImmutableDictionary<string, LedgerKey> keys, LedgerState state)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(signingKey);
        _rulebook = rulebook;
        _signingKey = signingKey;
        _keys = keys;
        _state = state;
    }

    /// <summary>
    /// The rulebook new entries are recorded under (their <see cref="PointsEntry.RulebookVersion"/>); changed only by
    /// <see cref="AdoptRulebook"/>, which keeps every past rule version as it was.
    /// </summary>
    public CivilityRulebook Rulebook => _rulebook;

    /// <summary>The id of the key that signs new entries; changed only by <see cref="RotateKey"/>.</summary>
    public string SigningKeyId => _signingKey.Id;

    /// <summary>Every entry, in ledger order: an immutable snapshot that later appends do not change.</summary>
    public LedgerEntries Entries => _state.Entries;

    /// <summary>The hash of the last entry (keep it elsewhere to detect truncation), or empty for an empty ledger.</summary>
    public ImmutableArray<byte> Head => _state.Head;

    /// <summary>The entries of one resident, in ledger order: an immutable snapshot (empty for a resident without entries).</summary>
    /// <param name="resident">The resident.</param>
    public LedgerEntries EntriesOf(ResidentId resident) => _state.EntriesOf(resident);

    /// <summary>Whether an entry has been cancelled by a reversal.</summary>
    /// <param name="id">The entry.</param>
    public bool IsReversed(EntryId id) => _state.IsReversed(id);

    /// <summary>The residents with entries, in ordinal order of their ids: an immutable snapshot.</summary>
    public IEnumerable<ResidentId> Residents => _state.ByResident.Keys;

    /// <summary>
    /// The resident's points balance: the sum of the points of their awards and deductions that have not been
    /// reversed (before caps and expiry, which <see cref="Scoring.CivilityScorer"/> applies).
    /// </summary>
    /// <param name="resident">The resident.</param>
    public long Balance(ResidentId resident)
    {
        var state = _state;
        return state.EntriesOf(resident).Where(e => e.Kind is EntryKind.Award or EntryKind.Deduction && !state.IsReversed(e.Id)).Sum(e => e.Points);
    }

    /// <summary>
    /// The resident's spendable balance (可兑换积分) over the whole ledger: the resident's entries in ledger order,
    /// reversals and reversed entries left out; an award adds only the points that counted after the rulebook's caps
    /// (an award above a cap never becomes spendable), a deduction, redemption or reset adds its negative points, and
    /// the running balance never goes below zero (a deduction larger than the balance takes it to zero). Caps are
    /// applied as the scorer applies them (Civility README, "How scores are computed"), so a back-dated award can
    /// lower what a later-dated award in the same cap period counts.
    /// </summary>
    /// <param name="resident">The resident.</param>
    public long SpendableBalance(ResidentId resident) => Scoring.ResidentPass.Spendable(_rulebook.CapPlan, _state, resident, LocalDate.MaxIsoValue);

    /// <summary>
    /// Ingests drafts: each is appended, recognised as a duplicate, or rejected with its reason; the rest of the
    /// batch is always processed. The batch is published whole when it ends (readers never see part of it); if
    /// enumerating <paramref name="drafts"/> throws, or a draft is null, nothing of the batch is recorded.
    /// </summary>
    /// <param name="drafts">The drafts, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="drafts"/> or one of its drafts is null.</exception>
    public IngestReport Ingest(IEnumerable<EntryDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        lock (_writeLock)
        {
            var state = _state;
            var appended = ImmutableArray.CreateBuilder<PointsEntry>();
            var duplicates = ImmutableArray.CreateBuilder<int>();
            var rejected = ImmutableArray.CreateBuilder<RuleViolation>();
            var position = 0;
            foreach (var draft in drafts)
            {
                ArgumentNullException.ThrowIfNull(draft, nameof(drafts));
                var (entry, violation) = IngestOne(ref state, draft, position);
                if (entry is not null)
                {
                    appended.Add(entry);
                }
                else if (violation is not null)
                {
                    rejected.Add(violation);
                }
                else
                {
                    duplicates.Add(position);
                }

                position++;
            }

            _state = state;
            return new IngestReport(appended.ToImmutable(), duplicates.ToImmutable(), rejected.ToImmutable());
        }
    }

    /// <summary>
    /// Ingests civic events raised by another package (the linkage contract, <see cref="CivicEvent"/>): each event
    /// whose kind the rulebook maps (<see cref="CivilityRulebook.CivicEventRules"/>) becomes a draft for that rule —
    /// an award or a deduction by the rule's sign, quantity 1, on the event's date, with the event's
    /// <see cref="CivicEvent.SourceId"/> as source and as its review (the governance decision that raised it) — and goes
    /// through <see cref="Ingest"/>, so the same event twice is one entry. An event whose kind reverses an entry (<see cref="CivilityRulebook.CivicEventReversals"/>, e.g. an upheld
    /// points appeal) names the entry in its figure <c>entry</c> and who decided in <c>decidedBy</c>: it becomes a reversal
    /// of that entry (dated the event's date, recorded by <c>decidedBy</c> as a <see cref="CivilityRole.CouncilMember"/>,
    /// source the event's source id), and, when the event has a figure <c>quantity</c> (invariant decimal), a corrected
    /// entry of the same kind and rule on the original entry's date with that quantity (same source id and review); the named entry
    /// must be an award or deduction of the event's resident, not reversed by anything else. Both drafts are reported at
    /// the event's position. An event of an unmapped kind, or a reversing event whose entry cannot be reversed, is
    /// rejected (<see cref="CivicEventMustBeMappedRule"/> or <see cref="ReversalMustReferenceEntryRule"/>, path <c>[i]</c>).
    /// </summary>
    /// <param name="events">The events, in order.</param>
    /// <param name="recordedAt">When they are recorded.</param>
    /// <returns>What was appended, recognised as a duplicate, or rejected, by the events' positions.</returns>
    public IngestReport IngestCivicEvents(IEnumerable<CivicEvent> events, Instant recordedAt)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rulebook = _rulebook;
        var list = events.ToList();
        var unmapped = new List<RuleViolation>();
        var drafts = new List<(int Position, EntryDraft Draft)>();
        for (var i = 0; i < list.Count; i++)
        {
            var civic = list[i] ?? throw new ArgumentNullException(nameof(events), $"Event {i} is null.");
            if (rulebook.CivicEventReversals.Contains(civic.Kind))
            {
                var (reversing, refused) = ReversalDrafts(civic, recordedAt, $"[{i}]");
                if (refused is not null)
                {
                    unmapped.Add(refused);
                }

                drafts.AddRange(reversing.Select(d => (i, d)));

                continue;
            }

            if (CivicEventMustBeMappedRule.Check(rulebook, civic, i, out var ruleId) is { } notMapped)
            {
                unmapped.Add(notMapped);
                continue;
            }

            var rule = rulebook.FindRuleInForce(ruleId, civic.OccurredOn);
            var kind = rule is { Points: < 0 } ? EntryKind.Deduction : EntryKind.Award;
            drafts.Add((i, new EntryDraft(civic.Resident, civic.SourceId, kind, ruleId, civic.OccurredOn, 1, null, recordedAt, review: civic.SourceId)));
        }

        var report = Ingest(drafts.Select(d => d.Draft));

        // Ingest numbers positions among the drafts; report them by the events' positions.
        var rejected = report.Rejected.Select(v => RuleViolation.At(v.Code, $"[{drafts[int.Parse(v.Path.AsSpan(1, v.Path.Length - 2), CultureInfo.InvariantCulture)].Position}]", v.Message, v.AttemptedValue))
            .Concat(unmapped).OrderBy(v => int.Parse(v.Path.AsSpan(1, v.Path.Length - 2), CultureInfo.InvariantCulture)).ToImmutableArray();
        return new IngestReport(report.Appended, [.. report.Duplicates.Select(d => drafts[d].Position).Distinct()], rejected);
    }

    private (ImmutableArray<EntryDraft> Drafts, RuleViolation? Violation) ReversalDrafts(CivicEvent civic, Instant recordedAt, string path)
    {
        var state = _state;
        if (ReversalMustReferenceEntryRule.CheckCivicEvent(state, civic, path, out var original) is { } notReversible)
        {
            return ([], notReversible);
        }

        var decidedBy = ResidentId.TryFrom(civic.Figures.FirstOrDefault(f => f.Name == "decidedBy").Value, out var decider) ? new CivilityActor(decider, CivilityRole.CouncilMember) : null;
        var reversal = new EntryDraft(civic.Resident, civic.SourceId, EntryKind.Reversal, null, civic.OccurredOn, 0, original.Id, recordedAt, decidedBy);
        var quantity = civic.Figures.FirstOrDefault(f => f.Name == "quantity").Value;
        if (string.IsNullOrEmpty(quantity))
        {
            return ([reversal], null);
        }

        return QuantityMustBeValidRule.CheckCivicQuantity(civic, quantity, path, out var corrected) is { } notDecimal
            ? ([], notDecimal)
            : ([reversal, new EntryDraft(civic.Resident, civic.SourceId, original.Kind, original.Rule, original.OccurredOn, corrected, null, recordedAt, review: civic.SourceId)], null);
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
        lock (_writeLock)
        {
            if (ResetMustFallOnRulebookDateRule.Check(_rulebook.Expiry, date) is { } refused)
            {
                return Result<ImmutableArray<PointsEntry>>.Failure(refused);
            }

            var source = $"reset:{date:uuuu-MM-dd}";
            var state = _state;
            var resets = ImmutableArray.CreateBuilder<PointsEntry>();
            foreach (var resident in state.ByResident.Keys)
            {
                var balance = Scoring.ResidentPass.Spendable(_rulebook.CapPlan, state, resident, LocalDate.MaxIsoValue);
                if (balance > 0 && !state.ByKey.ContainsKey((resident, source, null)))
                {
                    var entry = NextEntry(state, resident, EntryKind.Reset, null, source, date, balance, -balance, null, recordedAt);
                    state = state.With(entry);
                    resets.Add(entry);
                }
            }

            _state = state;
            return Result<ImmutableArray<PointsEntry>>.Success(resets.ToImmutable());
        }
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
        lock (_writeLock)
        {
            var violations = RulebookChangeMustKeepPastRule.Check(_rulebook, next);
            if (!violations.IsEmpty)
            {
                return Result<CivilityRulebook>.Failure(violations);
            }

            _rulebook = next;
            return Result<CivilityRulebook>.Success(next);
        }
    }

    /// <summary>
    /// Rotates the signing key: entries appended from now on are signed with <paramref name="next"/> and carry its id;
    /// earlier entries keep theirs. Verify the whole history with every key used (<see cref="Verify(IReadOnlyList{PointsEntry}, IEnumerable{LedgerKey}, ReadOnlySpan{byte})"/>).
    /// Rotating to the current key again changes nothing.
    /// </summary>
    /// <param name="next">The new key.</param>
    /// <exception cref="ArgumentException">A key with the same id but a different secret was used before (a key id names one secret forever).</exception>
    public void RotateKey(LedgerKey next)
    {
        ArgumentNullException.ThrowIfNull(next);
        lock (_writeLock)
        {
            if (_keys.TryGetValue(next.Id, out var used) && !used.HasSameSecretAs(next))
            {
                throw new ArgumentException($"Key id '{next.Id}' already names another secret in this ledger; give the new key a new id.", nameof(next));
            }

            _keys = _keys.SetItem(next.Id, next);
            _signingKey = next;
        }
    }

    /// <summary>
    /// Verifies a hash chain signed by one key: every entry's hash, the sequence (so reordering and removal are caught)
    /// and, when <paramref name="expectedHead"/> is given, that nothing was cut off the end.
    /// </summary>
    /// <param name="entries">The entries as stored.</param>
    /// <param name="key">The chain's key.</param>
    /// <param name="expectedHead">The head kept elsewhere, or empty to skip the truncation check.</param>
    public static ChainVerification Verify(IReadOnlyList<PointsEntry> entries, LedgerKey key, ReadOnlySpan<byte> expectedHead)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Verify(entries, [key], expectedHead);
    }

    /// <summary>
    /// Verifies a hash chain whose entries may be signed by several keys (after <see cref="RotateKey"/>): each entry
    /// is checked under the key its <see cref="PointsEntry.KeyId"/> names; an entry naming a key not given fails.
    /// Checks every entry's hash, the sequence and, when <paramref name="expectedHead"/> is given, the head.
    /// </summary>
    /// <param name="entries">The entries as stored.</param>
    /// <param name="keys">Every key the chain was signed with; ids must be distinct.</param>
    /// <param name="expectedHead">The head kept elsewhere, or empty to skip the truncation check.</param>
    /// <exception cref="ArgumentException">Two keys share an id.</exception>
    public static ChainVerification Verify(IReadOnlyList<PointsEntry> entries, IEnumerable<LedgerKey> keys, ReadOnlySpan<byte> expectedHead)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ring = KeyRing(keys, nameof(keys));
        for (var i = 0; i < entries.Count; i++)
        {
            _ = entries[i] ?? throw new ArgumentException($"Entry {i} is null.", nameof(entries));
        }

        // Each link is checked against the stored hash of the entry before it, so links check independently: a long
        // chain is split across the cores and the first broken link, by position, is the one reported.
        var first = entries.Count < ParallelVerificationThreshold
            ? FirstBrokenLink(entries, ring, 0, entries.Count)
            : Enumerable.Range(0, Environment.ProcessorCount).AsParallel()
                .Select(part => FirstBrokenLink(entries, ring, (int)((long)entries.Count * part / Environment.ProcessorCount), (int)((long)entries.Count * (part + 1) / Environment.ProcessorCount)))
                .Where(failure => failure is not null).MinBy(failure => failure!.FirstInvalidIndex);
        if (first is not null)
        {
            return first;
        }

        if (!expectedHead.IsEmpty && (entries.Count == 0 || !entries[^1].HashBytesSpan.SequenceEqual(expectedHead)))
        {
            return new ChainVerification(false, entries.Count, "the last entry is not the expected head: the ledger was truncated");
        }

        return new ChainVerification(true, -1, string.Empty);
    }

    /// <summary>Below this many entries a chain is verified on one core.</summary>
    private const int ParallelVerificationThreshold = 16_384;

    /// <summary>The first broken link among entries [from, to), each checked against the stored hash of the entry before it.</summary>
    private static ChainVerification? FirstBrokenLink(IReadOnlyList<PointsEntry> entries, IReadOnlyDictionary<string, LedgerKey> ring, int from, int to)
    {
        // One signer per key for the whole range: setting an HMAC key up costs as much as hashing an entry.
        var signers = new Dictionary<string, System.Security.Cryptography.HMACSHA256>(StringComparer.Ordinal);
        var instants = new PointsEntry.InstantText();
        try
        {
            return FirstBrokenLink(entries, ring, from, to, signers, instants);
        }
        finally
        {
            foreach (var signer in signers.Values)
            {
                signer.Dispose();
            }
        }
    }

    private static ChainVerification? FirstBrokenLink(
        IReadOnlyList<PointsEntry> entries, IReadOnlyDictionary<string, LedgerKey> ring, int from, int to,
        Dictionary<string, System.Security.Cryptography.HMACSHA256> signers, PointsEntry.InstantText instants)
    {
        for (var i = from; i < to; i++)
        {
            var entry = entries[i];
            if (entry.Sequence != i)
            {
                return new ChainVerification(false, i, $"entry at position {i} has sequence {entry.Sequence}: entries were removed or reordered");
            }

            if (!ring.TryGetValue(entry.KeyId, out var key))
            {
                return new ChainVerification(false, i, $"entry {entry.Id} is signed with key '{entry.KeyId}', which was not given");
            }

            if (!signers.TryGetValue(entry.KeyId, out var signer))
            {
                signers.Add(entry.KeyId, signer = key.NewSigner());
            }

            if (!entry.HashMatches(i == 0 ? [] : entries[i - 1].HashBytesSpan, signer, instants))
            {
                return new ChainVerification(false, i, $"entry {entry.Id} does not match its hash: it, or an entry before it, was altered");
            }
        }

        return null;
    }

    /// <summary>
    /// Rebuilds a ledger from stored entries so that it takes new entries where it left off: the chain is verified
    /// with <paramref name="signingKey"/> and <paramref name="earlierKeys"/> (and the head, when given), and each
    /// entry is checked against <paramref name="rulebook"/> (<see cref="RestoredLedgerMustBeConsistentRule"/>). Entries
    /// are kept exactly as stored; idempotency keys and reversals are rebuilt from them.
    /// </summary>
    /// <param name="rulebook">The rulebook the ledger was last on (every entry's rule version must be in it).</param>
    /// <param name="entries">The stored entries, in sequence order.</param>
    /// <param name="signingKey">The key that signs new entries (it may also have signed stored ones).</param>
    /// <param name="earlierKeys">Other keys stored entries were signed with; empty when the key never rotated.</param>
    /// <param name="expectedHead">The head kept elsewhere, or empty to skip the truncation check.</param>
    /// <returns>The ledger, or every violation found (the chain's first break, or each inconsistent entry with its path <c>entries[i]</c>).</returns>
    /// <exception cref="ArgumentException">Two keys share an id, or an entry is null.</exception>
    public static Result<PointsLedger> Restore(
        CivilityRulebook rulebook, IReadOnlyList<PointsEntry> entries, LedgerKey signingKey, IEnumerable<LedgerKey> earlierKeys, ReadOnlySpan<byte> expectedHead)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(earlierKeys);
        var keys = KeyRing(earlierKeys.Prepend(signingKey), nameof(earlierKeys));

        // The ledger keeps its own copy: the caller's list may change after this returns.
        var stored = new PointsEntry[entries.Count];
        for (var i = 0; i < stored.Length; i++)
        {
            stored[i] = entries[i] ?? throw new ArgumentException($"Entry {i} is null.", nameof(entries));
        }

        // The entries are checked against the rulebook while the chain is verified (a county's ledger keeps every core
        // busy); the chain's verdict comes first, so a broken chain reports its first bad entry and nothing else.
        var consistency = stored.Length < ParallelVerificationThreshold
            ? null
            : Task.Factory.StartNew(() => CheckConsistency(rulebook, stored), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var chain = Verify(stored, keys.Values, expectedHead);
        var (state, violations) = consistency?.GetAwaiter().GetResult() ?? CheckConsistency(rulebook, stored);
        if (RestoredLedgerMustBeConsistentRule.CheckChain(chain) is { } broken)
        {
            return Result<PointsLedger>.Failure(broken);
        }

        return violations.Count > 0
            ? Result<PointsLedger>.Failure(violations)
            : Result<PointsLedger>.Success(new PointsLedger(rulebook, signingKey, keys, state.ToState()));
    }

    /// <summary>Every stored entry checked, in sequence order, against the consistent entries before it.</summary>
    private static (LedgerState.Builder State, List<RuleViolation> Violations) CheckConsistency(CivilityRulebook rulebook, PointsEntry[] entries)
    {
        var violations = new List<RuleViolation>();
        var state = new LedgerState.Builder(entries);
        for (var i = 0; i < entries.Length; i++)
        {
            if (RestoredLedgerMustBeConsistentRule.CheckEntry(rulebook, state, entries[i], i) is { } inconsistent)
            {
                violations.Add(inconsistent);
            }
        }

        return (state, violations);
    }

    private static ImmutableDictionary<string, LedgerKey> KeyRing(IEnumerable<LedgerKey> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        var ring = ImmutableDictionary.CreateBuilder<string, LedgerKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, paramName);
            if (!ring.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Two keys have the id '{key.Id}'; a key id names one secret.", paramName);
            }
        }

        return ring.ToImmutable();
    }

    private (PointsEntry? Entry, RuleViolation? Violation) IngestOne(ref LedgerState state, EntryDraft draft, int position)
    {
        var path = $"[{position}]";
        var key = (draft.Resident, draft.SourceEventId, draft.Rule);
        if (state.ByKey.TryGetValue(key, out var existing))
        {
            // A draft equal to the entry under its key is a duplicate: it is reported as such, not appended again.
            return (null, IngestionKeyConflictRule.Check(existing, draft, path));
        }

        var (points, violation) = Resolve(state, draft, path);
        if (violation is not null)
        {
            return (null, violation);
        }

        var entry = NextEntry(state, draft.Resident, draft.Kind, draft.Rule, draft.SourceEventId, draft.OccurredOn, draft.Quantity, points, draft.Reverses, draft.RecordedAt);
        state = state.With(entry);
        return (entry, null);
    }

    private (long Points, RuleViolation? Violation) Resolve(LedgerState state, EntryDraft draft, string path)
    {
        // A draft reads as the rules its kind must satisfy, in order; the first broken one rejects it.
        var rules = EntryRules.For(draft.Kind);
        var check = new EntryCheck(_rulebook, state, draft, path);
        if (rules.IsEmpty)
        {
            return (0, EntryDateMustBeSupportedRule.Instance.Check(check)
                ?? ReversalMustReferenceEntryRule.MadeByTheLedger(draft.Kind, path));
        }

        foreach (var rule in rules)
        {
            if (rule.Check(check) is { } violation)
            {
                return (0, violation);
            }
        }

        return draft.Kind switch
        {
            EntryKind.Redemption => (-(long)draft.Quantity, null),
            EntryKind.Reversal => (-check.Original!.Points, null),
            _ => CivilityLimits.TryPointsFor(check.Rule!, draft.Quantity, out var points) ? (points, null) : throw new InvalidOperationException("QuantityMustBeValidRule admitted a quantity beyond the limit."),
        };
    }

    private PointsEntry NextEntry(LedgerState state, ResidentId resident, EntryKind kind, RuleId? rule, string source, LocalDate occurredOn, decimal quantity, long points, EntryId? reverses, Instant recordedAt) =>
        PointsEntry.Create(state.Entries.Count, resident, kind, rule, _rulebook.Header.Version, source, occurredOn, quantity, points, reverses, recordedAt, state.HeadBytes, _signingKey);

    internal LedgerState State => _state;
}
