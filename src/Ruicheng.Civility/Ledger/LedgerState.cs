using System.Collections.Immutable;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// One immutable state of a <see cref="PointsLedger"/>: its chained entries and the indexes derived from them. A writer
/// builds the next state and publishes it whole, so a reader holding a state sees every figure as of one moment, and
/// every index is derived from chained entries only (nothing outside the chain can change a balance).
/// </summary>
internal sealed class LedgerState
{
    internal static readonly LedgerState Empty = new(
        [],
        ImmutableDictionary<(ResidentId, string, RuleId?), PointsEntry>.Empty,
        ImmutableDictionary<EntryId, PointsEntry>.Empty,
        [],
        ImmutableSortedDictionary<ResidentId, ImmutableList<PointsEntry>>.Empty);

    private LedgerState(
        ImmutableList<PointsEntry> entries,
        ImmutableDictionary<(ResidentId, string, RuleId?), PointsEntry> byKey,
        ImmutableDictionary<EntryId, PointsEntry> byId,
        ImmutableHashSet<EntryId> reversed,
        ImmutableSortedDictionary<ResidentId, ImmutableList<PointsEntry>> byResident)
    {
        Entries = entries;
        ByKey = byKey;
        ById = byId;
        Reversed = reversed;
        ByResident = byResident;
    }

    internal ImmutableList<PointsEntry> Entries { get; }

    internal ImmutableDictionary<(ResidentId, string, RuleId?), PointsEntry> ByKey { get; }

    internal ImmutableDictionary<EntryId, PointsEntry> ById { get; }

    internal ImmutableHashSet<EntryId> Reversed { get; }

    internal ImmutableSortedDictionary<ResidentId, ImmutableList<PointsEntry>> ByResident { get; }

    internal ImmutableArray<byte> Head => Entries.IsEmpty ? [] : Entries[^1].Hash;

    internal ImmutableList<PointsEntry> EntriesOf(ResidentId resident) =>
        ByResident.TryGetValue(resident, out var list) ? list : [];

    internal bool IsReversed(EntryId id) => Reversed.Contains(id);

    /// <summary>The state with one more chained entry; a reversal also marks the entry it cancels.</summary>
    internal LedgerState With(PointsEntry entry) => new(
        Entries.Add(entry),
        ByKey.SetItem((entry.Resident, entry.SourceEventId, entry.Rule), entry),
        ById.Add(entry.Id, entry),
        entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled ? Reversed.Add(cancelled) : Reversed,
        ByResident.SetItem(entry.Resident, EntriesOf(entry.Resident).Add(entry)));

    /// <summary>
    /// Builds a state from many entries at once (restoring a stored ledger): mutable builders, one state at the end, so
    /// a million entries cost one pass instead of a million immutable copies. The indexes answer lookups as it goes.
    /// </summary>
    internal sealed class Builder
    {
        private readonly ImmutableList<PointsEntry>.Builder _entries = ImmutableList.CreateBuilder<PointsEntry>();
        private readonly ImmutableDictionary<(ResidentId, string, RuleId?), PointsEntry>.Builder _byKey = ImmutableDictionary.CreateBuilder<(ResidentId, string, RuleId?), PointsEntry>();
        private readonly ImmutableDictionary<EntryId, PointsEntry>.Builder _byId = ImmutableDictionary.CreateBuilder<EntryId, PointsEntry>();
        private readonly ImmutableHashSet<EntryId>.Builder _reversed = ImmutableHashSet.CreateBuilder<EntryId>();
        private readonly Dictionary<ResidentId, ImmutableList<PointsEntry>.Builder> _byResident = [];

        internal bool ContainsId(EntryId id) => _byId.ContainsKey(id);

        internal bool ContainsKey((ResidentId, string, RuleId?) key) => _byKey.ContainsKey(key);

        internal bool TryGetById(EntryId id, out PointsEntry entry) => _byId.TryGetValue(id, out entry!);

        internal bool IsReversed(EntryId id) => _reversed.Contains(id);

        internal void Add(PointsEntry entry)
        {
            _entries.Add(entry);
            _byKey[(entry.Resident, entry.SourceEventId, entry.Rule)] = entry;
            _byId.Add(entry.Id, entry);
            if (entry.Kind == EntryKind.Reversal && entry.Reverses is { } cancelled)
            {
                _reversed.Add(cancelled);
            }

            if (!_byResident.TryGetValue(entry.Resident, out var list))
            {
                list = ImmutableList.CreateBuilder<PointsEntry>();
                _byResident.Add(entry.Resident, list);
            }

            list.Add(entry);
        }

        internal LedgerState ToState() => new(
            _entries.ToImmutable(),
            _byKey.ToImmutable(),
            _byId.ToImmutable(),
            _reversed.ToImmutable(),
            _byResident.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToImmutable()));
    }
}
