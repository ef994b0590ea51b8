using System.Collections.Immutable;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// One immutable state of a <see cref="PointsLedger"/>: its chained entries and the indexes derived from them. A writer
/// builds the next state and publishes it whole, so a reader holding a state sees every figure as of one moment, and
/// every index is derived from chained entries only (nothing outside the chain can change a balance).
/// </summary>
/// <remarks>
/// A state restored from storage holds its entries at once and derives its indexes on first use (once, thread-safe):
/// reopening a county's ledger to verify it does not pay for indexes a verification never reads; the first write or
/// lookup after it does, once.
/// </remarks>
internal sealed class LedgerState
{
    internal static readonly LedgerState Empty = new(
        LedgerEntries.Empty,
        new Indexes(
            GrowingMap<(ResidentId, string, RuleId?), PointsEntry>.Empty,
            ImmutableDictionary<EntryId, PointsEntry>.Empty,
            [],
            ImmutableSortedDictionary<ResidentId, LedgerEntries>.Empty));

    private readonly Lazy<Indexes> _indexes;

    private LedgerState(LedgerEntries entries, Indexes indexes)
    {
        Entries = entries;
        _indexes = new Lazy<Indexes>(indexes);
    }

    private LedgerState(LedgerEntries entries)
    {
        Entries = entries;
        _indexes = new Lazy<Indexes>(() => Indexes.Of(entries), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal LedgerEntries Entries { get; }

    internal GrowingMap<(ResidentId, string, RuleId?), PointsEntry> ByKey => _indexes.Value.ByKey;

    internal ImmutableHashSet<EntryId> Reversed => _indexes.Value.Reversed;

    internal ImmutableSortedDictionary<ResidentId, LedgerEntries> ByResident => _indexes.Value.ByResident;

    internal ImmutableArray<byte> Head => Entries.IsEmpty ? [] : Entries[^1].Hash;

    /// <summary>The head's bytes without a copy (empty for an empty ledger).</summary>
    internal ReadOnlySpan<byte> HeadBytes => Entries.IsEmpty ? [] : Entries[^1].HashBytesSpan;

    internal LedgerEntries EntriesOf(ResidentId resident) =>
        ByResident.TryGetValue(resident, out var list) ? list : LedgerEntries.Empty;

    internal bool IsReversed(EntryId id) => Reversed.Contains(id);

    /// <summary>The entry with <paramref name="id"/>: by position when it is the ledger's id for that position, else by the map of other ids.</summary>
    internal bool TryGetById(EntryId id, out PointsEntry entry)
    {
        if (!id.IsDefault && LedgerIds.TryPosition(id.Value, Entries.Count, out var position) && Entries[position].Id == id)
        {
            entry = Entries[position];
            return true;
        }

        return _indexes.Value.OtherIds.TryGetValue(id, out entry!);
    }

    /// <summary>The state with one more chained entry; a reversal also marks the entry it cancels.</summary>
    internal LedgerState With(PointsEntry entry) => new(
        Entries.Add(entry),
        new Indexes(
            ByKey.SetItem((entry.Resident, entry.SourceEventId, entry.Rule), entry),
            LedgerIds.IsLedgerId(entry.Id.Value, Entries.Count) ? _indexes.Value.OtherIds : _indexes.Value.OtherIds.Add(entry.Id, entry),
            entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled ? Reversed.Add(cancelled) : Reversed,
            ByResident.SetItem(entry.Resident, EntriesOf(entry.Resident).Add(entry))));

    /// <summary>
    /// The indexes derived from the entries: by idempotency key, the entries whose id is not the ledger's id for their
    /// position (the others are found by position), reversed ids, and each resident's entries in order.
    /// </summary>
    private sealed record Indexes(
        GrowingMap<(ResidentId, string, RuleId?), PointsEntry> ByKey,
        ImmutableDictionary<EntryId, PointsEntry> OtherIds,
        ImmutableHashSet<EntryId> Reversed,
        ImmutableSortedDictionary<ResidentId, LedgerEntries> ByResident)
    {
        public static Indexes Of(LedgerEntries entries)
        {
            var byKey = new Dictionary<(ResidentId, string, RuleId?), PointsEntry>(entries.Count);
            var otherIds = ImmutableDictionary.CreateBuilder<EntryId, PointsEntry>();
            var position = 0;
            var reversed = ImmutableHashSet.CreateBuilder<EntryId>();
            var byResident = new Dictionary<ResidentId, List<PointsEntry>>();
            foreach (var entry in entries)
            {
                byKey[(entry.Resident, entry.SourceEventId, entry.Rule)] = entry;
                if (!LedgerIds.IsLedgerId(entry.Id.Value, position++))
                {
                    otherIds.Add(entry.Id, entry);
                }

                if (entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled)
                {
                    reversed.Add(cancelled);
                }

                if (!byResident.TryGetValue(entry.Resident, out var list))
                {
                    list = [];
                    byResident.Add(entry.Resident, list);
                }

                list.Add(entry);
            }

            return new Indexes(GrowingMap<(ResidentId, string, RuleId?), PointsEntry>.Over(byKey), otherIds.ToImmutable(), reversed.ToImmutable(),
                byResident.ToImmutableSortedDictionary(p => p.Key, p => LedgerEntries.Own([.. p.Value], p.Value.Count)));
        }
    }

    /// <summary>
    /// Checks entries restored from storage one by one, in ledger order, and publishes one state at the end, its indexes
    /// derived on first use. Sized for a county's million entries: an entry that carries the id the ledger gives its
    /// position (<c>E-</c> and the position in 12 digits, as every appended entry does) is unique by construction and
    /// needs no lookup; only other ids are kept in a map; idempotency keys are held as positions in a set that compares
    /// the entries' (resident, source event, rule).
    /// </summary>
    internal sealed class Builder
    {
        private readonly PointsEntry[] _entries;
        private readonly bool[] _ledgerIdCommitted;
        private readonly Dictionary<EntryId, int> _otherIds = [];
        private readonly HashSet<int> _keys;
        private readonly HashSet<EntryId> _reversed = [];

        /// <param name="entries">The stored entries, in ledger order; the builder owns the array from now on.</param>
        internal Builder(PointsEntry[] entries)
        {
            _entries = entries;
            _ledgerIdCommitted = new bool[entries.Length];
            _keys = new HashSet<int>(entries.Length, new KeyComparer(entries));
        }

        /// <summary>
        /// Claims the id and idempotency key of the entry at <paramref name="position"/>: false, with nothing claimed,
        /// when either is already held by a committed or claimed entry (<paramref name="duplicateId"/> says which). A
        /// claimed entry must then be <see cref="Commit"/>ted or <see cref="Release"/>d.
        /// </summary>
        internal bool TryClaim(int position, out bool duplicateId)
        {
            var id = _entries[position].Id;
            var ledgerId = LedgerIds.IsLedgerId(id.Value, position);
            duplicateId = ledgerId
                ? _otherIds.Count > 0 && _otherIds.ContainsKey(id)
                : (LedgerIds.TryPosition(id.Value, _entries.Length, out var owner) && _ledgerIdCommitted[owner]) || !_otherIds.TryAdd(id, position);
            if (duplicateId)
            {
                return false;
            }

            if (!_keys.Add(position))
            {
                if (!ledgerId)
                {
                    _otherIds.Remove(id);
                }

                return false;
            }

            return true;
        }

        /// <summary>Gives back the id and key of the claimed entry at <paramref name="position"/>, which turned out inconsistent.</summary>
        internal void Release(int position)
        {
            _keys.Remove(position);
            if (!LedgerIds.IsLedgerId(_entries[position].Id.Value, position))
            {
                _otherIds.Remove(_entries[position].Id);
            }
        }

        /// <summary>Commits the claimed entry at <paramref name="position"/>.</summary>
        internal void Commit(int position)
        {
            var entry = _entries[position];
            if (LedgerIds.IsLedgerId(entry.Id.Value, position))
            {
                _ledgerIdCommitted[position] = true;
            }

            if (entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled)
            {
                _reversed.Add(cancelled);
            }
        }

        /// <summary>The committed or claimed entry with <paramref name="id"/>.</summary>
        internal bool TryGetById(EntryId id, out PointsEntry entry)
        {
            if (LedgerIds.TryPosition(id.Value, _entries.Length, out var position) && _ledgerIdCommitted[position])
            {
                entry = _entries[position];
                return true;
            }

            var found = _otherIds.TryGetValue(id, out position);
            entry = found ? _entries[position] : null!;
            return found;
        }

        internal bool IsReversed(EntryId id) => _reversed.Contains(id);

        /// <summary>The state holding every entry; only once each was committed.</summary>
        internal LedgerState ToState() => new(LedgerEntries.Own(_entries, _entries.Length));

        /// <summary>Compares positions by their entries' idempotency keys (resident, source event, rule), ordinally.</summary>
        private sealed class KeyComparer(PointsEntry[] entries) : IEqualityComparer<int>
        {
            public bool Equals(int x, int y)
            {
                PointsEntry a = entries[x], b = entries[y];
                return a.Resident == b.Resident && string.Equals(a.SourceEventId, b.SourceEventId, StringComparison.Ordinal) && a.Rule == b.Rule;
            }

            public int GetHashCode(int position)
            {
                var entry = entries[position];
                return HashCode.Combine(entry.Resident, StringComparer.Ordinal.GetHashCode(entry.SourceEventId), entry.Rule);
            }
        }
    }
}
