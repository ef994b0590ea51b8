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
        private readonly List<PointsEntry> _entries = [];
        private readonly HashSet<(ResidentId, string, RuleId?)> _keys = [];
        private readonly Dictionary<EntryId, PointsEntry> _byId = [];
        private readonly HashSet<EntryId> _reversed = [];

        internal bool ContainsId(EntryId id) => _byId.ContainsKey(id);

        internal bool ContainsKey((ResidentId, string, RuleId?) key) => _keys.Contains(key);

        internal bool TryGetById(EntryId id, out PointsEntry entry) => _byId.TryGetValue(id, out entry!);

        internal bool IsReversed(EntryId id) => _reversed.Contains(id);

        internal void Add(PointsEntry entry)
        {
            _entries.Add(entry);
            _keys.Add((entry.Resident, entry.SourceEventId, entry.Rule));
            _byId.Add(entry.Id, entry);
            if (entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled)
            {
                _reversed.Add(cancelled);
            }
        }

        internal LedgerState ToState() => new(ImmutableList.CreateRange(_entries));
    }
}
