using System.Collections;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// Entries of a points ledger (积分台账) as of one state, in ledger order — every entry (<see cref="PointsLedger.Entries"/>)
/// or one resident's (<see cref="PointsLedger.EntriesOf"/>): an immutable snapshot. Entries the ledger appends later
/// are never visible in it; <see cref="Count"/>, the indexer and enumeration give the same entries for as long as it
/// is held, from any thread.
/// </summary>
/// <remarks>
/// The ledger's successive states share storage instead of copying it: a state's next entry is written after the
/// last one the snapshot holds (positions [0, <see cref="Count"/>) never change once written), so appending costs
/// constant time and a county's million entries are held once. A snapshot is not a view of a mutable list: there is
/// no way to change one from outside the ledger.
/// </remarks>
public sealed class LedgerEntries : IReadOnlyList<PointsEntry>
{
    private const int MinimumCapacity = 4;

    private readonly Storage _storage;
    private readonly int _count;

    private LedgerEntries(Storage storage, int count)
    {
        _storage = storage;
        _count = count;
    }

    /// <summary>No entries.</summary>
    internal static LedgerEntries Empty { get; } = new(new Storage([]), 0);

    /// <summary>How many entries the snapshot holds.</summary>
    public int Count => _count;

    /// <summary>Whether the snapshot holds no entry.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>The entry at <paramref name="index"/> (0 is the first, in ledger order).</summary>
    /// <param name="index">From 0 to <see cref="Count"/> − 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public PointsEntry this[int index]
    {
        get
        {
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The snapshot holds {_count} entries.");
            }

            return _storage.Items[index];
        }
    }

    /// <summary>Wraps entries the caller hands over and no longer writes to: the first <paramref name="count"/> of <paramref name="items"/>.</summary>
    internal static LedgerEntries Own(PointsEntry[] items, int count) => count == 0 ? Empty : new(new Storage(items) { Length = count }, count);

    /// <summary>The snapshot with <paramref name="entry"/> after its last entry; this snapshot is unchanged.</summary>
    internal LedgerEntries Add(PointsEntry entry)
    {
        var storage = _storage;
        if (_count == 0)
        {
            // Every empty snapshot may share one storage; the first entry starts an array of its own.
            var first = new PointsEntry[MinimumCapacity];
            first[0] = entry;
            return new LedgerEntries(new Storage(first) { Length = 1 }, 1);
        }

        lock (storage.Gate)
        {
            if (storage.Length == _count)
            {
                var items = storage.Items;
                if (_count == items.Length)
                {
                    // Snapshots holding the old array keep reading it: the entries they hold are the same in both.
                    var grown = new PointsEntry[Math.Max(MinimumCapacity, _count * 2)];
                    Array.Copy(items, grown, _count);
                    storage.Items = items = grown;
                }

                items[_count] = entry;
                storage.Length = _count + 1;
                return new LedgerEntries(storage, _count + 1);
            }
        }

        // Another state was already extended from this one (a write that was not published): branch on a copy.
        var copy = new PointsEntry[Math.Max(MinimumCapacity, (_count + 1) * 2)];
        Array.Copy(storage.Items, copy, _count);
        copy[_count] = entry;
        return new LedgerEntries(new Storage(copy) { Length = _count + 1 }, _count + 1);
    }

    /// <summary>An enumerator over the snapshot's entries, in ledger order (allocation-free in a <c>foreach</c>).</summary>
    public Enumerator GetEnumerator() => new(_storage.Items, _count);

    IEnumerator<PointsEntry> IEnumerable<PointsEntry>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="LedgerEntries"/> snapshot in ledger order.</summary>
    public struct Enumerator : IEnumerator<PointsEntry>
    {
        private readonly PointsEntry[] _items;
        private readonly int _count;
        private int _index;

        internal Enumerator(PointsEntry[] items, int count)
        {
            _items = items;
            _count = count;
            _index = -1;
        }

        /// <summary>The entry at the enumerator's position.</summary>
        public readonly PointsEntry Current => _items[_index];

        readonly object IEnumerator.Current => Current;

        /// <summary>Moves to the next entry.</summary>
        /// <returns>False after the last entry.</returns>
        public bool MoveNext() => ++_index < _count;

        /// <summary>Moves back before the first entry.</summary>
        public void Reset() => _index = -1;

        /// <summary>Nothing to release.</summary>
        public readonly void Dispose()
        {
        }
    }

    /// <summary>The array successive snapshots share, and how far it is written.</summary>
    private sealed class Storage(PointsEntry[] items)
    {
        private PointsEntry[] _items = items;

        public Lock Gate { get; } = new();

        /// <summary>The array; a grown copy replaces it whole (read and written atomically, with the entries before it visible).</summary>
        public PointsEntry[] Items
        {
            get => Volatile.Read(ref _items);
            set => Volatile.Write(ref _items, value);
        }

        /// <summary>How many positions are written (only under <see cref="Gate"/>).</summary>
        public int Length { get; set; }
    }
}
