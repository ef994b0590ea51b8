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
        [],
        new Indexes(
            ImmutableDictionary<(ResidentId, string, RuleId?), PointsEntry>.Empty,
            ImmutableDictionary<EntryId, PointsEntry>.Empty,
            [],
            ImmutableSortedDictionary<ResidentId, ImmutableList<PointsEntry>>.Empty));

    private readonly Lazy<Indexes> _indexes;

    private LedgerState(ImmutableList<PointsEntry> entries, Indexes indexes)
    {
        Entries = entries;
        _indexes = new Lazy<Indexes>(indexes);
    }

    private LedgerState(ImmutableList<PointsEntry> entries)
    {
        Entries = entries;
        _indexes = new Lazy<Indexes>(() => Indexes.Of(entries), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal ImmutableList<PointsEntry> Entries { get; }

    internal ImmutableDictionary<(ResidentId, string, RuleId?), PointsEntry> ByKey => _indexes.Value.ByKey;

    internal ImmutableDictionary<EntryId, PointsEntry> ById => _indexes.Value.ById;

    internal ImmutableHashSet<EntryId> Reversed => _indexes.Value.Reversed;

    internal ImmutableSortedDictionary<ResidentId, ImmutableList<PointsEntry>> ByResident => _indexes.Value.ByResident;

    internal ImmutableArray<byte> Head => Entries.IsEmpty ? [] : Entries[^1].Hash;

    internal ImmutableList<PointsEntry> EntriesOf(ResidentId resident) =>
        ByResident.TryGetValue(resident, out var list) ? list : [];

    internal bool IsReversed(EntryId id) => Reversed.Contains(id);

    /// <summary>The state with one more chained entry; a reversal also marks the entry it cancels.</summary>
    internal LedgerState With(PointsEntry entry) => new(
        Entries.Add(entry),
        new Indexes(
            ByKey.SetItem((entry.Resident, entry.SourceEventId, entry.Rule), entry),
            ById.Add(entry.Id, entry),
            entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled ? Reversed.Add(cancelled) : Reversed,
            ByResident.SetItem(entry.Resident, EntriesOf(entry.Resident).Add(entry))));

    /// <summary>The indexes derived from the entries: by idempotency key, by id, reversed ids, and each resident's entries in order.</summary>
    private sealed record Indexes(
        ImmutableDictionary<(ResidentId, string, RuleId?), PointsEntry> ByKey,
        ImmutableDictionary<EntryId, PointsEntry> ById,
        ImmutableHashSet<EntryId> Reversed,
        ImmutableSortedDictionary<ResidentId, ImmutableList<PointsEntry>> ByResident)
    {
        public static Indexes Of(ImmutableList<PointsEntry> entries)
        {
            var byKey = ImmutableDictionary.CreateBuilder<(ResidentId, string, RuleId?), PointsEntry>();
            var byId = ImmutableDictionary.CreateBuilder<EntryId, PointsEntry>();
            var reversed = ImmutableHashSet.CreateBuilder<EntryId>();
            var byResident = new Dictionary<ResidentId, List<PointsEntry>>();
            foreach (var entry in entries)
            {
                byKey[(entry.Resident, entry.SourceEventId, entry.Rule)] = entry;
                byId.Add(entry.Id, entry);
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

            return new Indexes(byKey.ToImmutable(), byId.ToImmutable(), reversed.ToImmutable(),
                byResident.ToImmutableSortedDictionary(p => p.Key, p => ImmutableList.CreateRange(p.Value)));
        }
    }

    /// <summary>
    /// Checks entries restored from storage one by one (plain hash sets, so a million entries cost one fast pass) and
    /// publishes one state at the end, its indexes derived on first use.
    /// </summary>
    internal sealed class Builder
    {
        private readonly List<PointsEntry> _entries;
        private readonly HashSet<(ResidentId, string, RuleId?)> _keys;
        private readonly Dictionary<EntryId, PointsEntry> _byId;
        private readonly HashSet<EntryId> _reversed = [];

        /// <param name="capacity">How many entries are expected, so the indexes are sized once.</param>
        internal Builder(int capacity = 0)
        {
            _entries = new List<PointsEntry>(capacity);
            _keys = new HashSet<(ResidentId, string, RuleId?)>(capacity);
            _byId = new Dictionary<EntryId, PointsEntry>(capacity);
        }

        /// <summary>
        /// Claims an entry's id and idempotency key, hashing each once: false, with nothing claimed, when either is
        /// already held (<paramref name="duplicateId"/> says which). A claimed entry must then be <see cref="Commit"/>ted
        /// or <see cref="Release"/>d.
        /// </summary>
        internal bool TryClaim(PointsEntry entry, out bool duplicateId)
        {
            duplicateId = !_byId.TryAdd(entry.Id, entry);
            if (duplicateId)
            {
                return false;
            }

            if (!_keys.Add((entry.Resident, entry.SourceEventId, entry.Rule)))
            {
                _byId.Remove(entry.Id);
                return false;
            }

            return true;
        }

        /// <summary>Gives back the id and key of a claimed entry that turned out inconsistent.</summary>
        internal void Release(PointsEntry entry)
        {
            _byId.Remove(entry.Id);
            _keys.Remove((entry.Resident, entry.SourceEventId, entry.Rule));
        }

        /// <summary>Adds a claimed entry.</summary>
        internal void Commit(PointsEntry entry)
        {
            _entries.Add(entry);
            if (entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled)
            {
                _reversed.Add(cancelled);
            }
        }

        internal bool TryGetById(EntryId id, out PointsEntry entry) => _byId.TryGetValue(id, out entry!);

        internal bool IsReversed(EntryId id) => _reversed.Contains(id);

        internal LedgerState ToState() => new(ImmutableList.CreateRange(_entries));
    }
}
