using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>
/// Interns UTF-8 keys (ids read from a file) to dense indexes 0, 1, 2, … in the order they are first added, without
/// making a string per lookup. Lookups take no lock and may run on several threads while one of them adds: a slot holds
/// the hash, the length and a key of up to 20 bytes itself (a longer key lives in pages that never move), and is
/// published by writing its index last. Adds are
/// serialized by a lock; when the table grows, a new slot array replaces the old one, and a reader still holding the
/// old array at worst misses a key added since, then finds it under the lock.
/// </summary>
internal sealed class Utf8KeyTable
{
    private const int PageBytes = 1 << 16;
    private const int MaxKeyBytes = 1 << 12;

    private readonly Lock _gate = new();
    private readonly byte[]?[] _pages = new byte[1 << 16][];
    private readonly List<long> _keys = [];
    private int _page = -1;
    private int _pageUsed = PageBytes;
    private Slots _slots = new(1 << 10);

    /// <summary>The keys added so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _keys.Count;
            }
        }
    }

    /// <summary>The hash a key is looked up by (see <see cref="Prefetch"/>).</summary>
    /// <param name="key">The key's bytes.</param>
    public static uint HashOf(ReadOnlySpan<byte> key) => Hash(key);

    /// <summary>
    /// Asks the processor to bring the slot a hash starts probing at into cache, so that a caller which hashes a
    /// batch of keys first and looks them up after overlaps the memory waits instead of paying them one by one.
    /// A hint only: it changes no state, and an out-of-date address is harmless.
    /// </summary>
    /// <param name="hash">A hash from <see cref="HashOf"/>.</param>
    public unsafe void Prefetch(uint hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            var slots = Volatile.Read(ref _slots);
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref slots.Items[unchecked((int)hash) & slots.Mask]));
        }
    }

    /// <summary>The index of a key, adding it when absent.</summary>
    /// <param name="key">The key's bytes, 1 to 4,096 of them.</param>
    public int IndexOf(ReadOnlySpan<byte> key) => IndexOf(key, Hash(key));

    /// <summary>The index of a key whose hash is known, adding it when absent.</summary>
    /// <param name="key">The key's bytes, 1 to 4,096 of them.</param>
    /// <param name="hash">Its hash from <see cref="HashOf"/>.</param>
    public int IndexOf(ReadOnlySpan<byte> key, uint hash)
    {
        var slots = Volatile.Read(ref _slots);
        if (TryFind(slots, key, hash, out var index))
        {
            return index;
        }

        lock (_gate)
        {
            slots = _slots;
            return TryFind(slots, key, hash, out index) ? index : Add(slots, key, hash);
        }
    }

    /// <summary>The key with an index, as text.</summary>
    /// <param name="index">An index returned by <see cref="IndexOf(ReadOnlySpan{byte})"/>.</param>
    public string KeyAt(int index)
    {
        long reference;
        lock (_gate)
        {
            reference = _keys[index];
        }

        return Encoding.UTF8.GetString(Bytes(reference));
    }

    /// <summary>
    /// The runtime's xxHash32-based <see cref="HashCode"/> over the bytes: ids that differ only in their last digits
    /// must still spread over the whole table (a plain multiply-xor left such ids in long probe runs).
    /// </summary>
    private static uint Hash(ReadOnlySpan<byte> key)
    {
        var hash = default(HashCode);
        hash.AddBytes(key);
        return unchecked((uint)hash.ToHashCode());
    }

    private bool TryFind(Slots slots, ReadOnlySpan<byte> key, uint hash, out int index)
    {
        var items = slots.Items;
        var i = unchecked((int)hash) & slots.Mask;
        while (true)
        {
            ref var slot = ref items[i];
            var indexPlusOne = Volatile.Read(ref slot.IndexPlusOne);
            if (indexPlusOne == 0)
            {
                index = -1;
                return false;
            }

            if (slot.Hash == hash && slot.Length == key.Length && KeyOf(ref slot).SequenceEqual(key))
            {
                index = indexPlusOne - 1;
                return true;
            }

            i = (i + 1) & slots.Mask;
        }
    }

    /// <summary>A slot's key: in the slot itself when short, else in the pages.</summary>
    private ReadOnlySpan<byte> KeyOf(ref Slot slot)
    {
        var inline = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<InlineKey, byte>(ref slot.Key), InlineKeyBytes);
        return slot.Length <= InlineKeyBytes ? inline[..slot.Length] : Bytes(MemoryMarshal.Read<long>(inline));
    }

    private ReadOnlySpan<byte> Bytes(long reference) =>
        _pages[(int)(reference >> 32)].AsSpan((int)((reference >> 16) & 0xFFFF), (int)(reference & 0xFFFF));

    private int Add(Slots slots, ReadOnlySpan<byte> key, uint hash)
    {
        if (key.IsEmpty || key.Length > MaxKeyBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(key), key.Length, $"A key has 1 to {MaxKeyBytes} bytes.");
        }

        if (_pageUsed + key.Length > PageBytes)
        {
            _page++;
            if (_page == _pages.Length)
            {
                throw new InvalidOperationException("The key table is full (4 GiB of keys).");
            }

            Volatile.Write(ref _pages[_page], new byte[PageBytes]);
            _pageUsed = 0;
        }

        key.CopyTo(_pages[_page].AsSpan(_pageUsed));
        var reference = ((long)_page << 32) | ((long)_pageUsed << 16) | (uint)key.Length;
        _pageUsed += key.Length;
        var index = _keys.Count;
        _keys.Add(reference);

        if ((_keys.Count * 4) > slots.Items.Length * 3)
        {
            // Grow: every slot goes into a new, twice as large array, which then replaces the old one.
            var grown = new Slots(slots.Items.Length * 2);
            foreach (ref var old in slots.Items.AsSpan())
            {
                if (old.IndexPlusOne != 0)
                {
                    Place(grown, old);
                }
            }

            Place(grown, NewSlot(key, reference, hash, index));
            Volatile.Write(ref _slots, grown);
        }
        else
        {
            Place(slots, NewSlot(key, reference, hash, index));
        }

        return index;
    }

    private static Slot NewSlot(ReadOnlySpan<byte> key, long reference, uint hash, int index)
    {
        var slot = new Slot { Hash = hash, Length = key.Length, IndexPlusOne = index + 1 };
        var inline = MemoryMarshal.CreateSpan(ref Unsafe.As<InlineKey, byte>(ref slot.Key), InlineKeyBytes);
        if (key.Length <= InlineKeyBytes)
        {
            key.CopyTo(inline);
        }
        else
        {
            MemoryMarshal.Write(inline, in reference);
        }

        return slot;
    }

    /// <summary>Writes a slot into the first free place of its probe sequence, its index last, so readers never see half a slot.</summary>
    private static void Place(Slots slots, Slot slot)
    {
        var i = unchecked((int)slot.Hash) & slots.Mask;
        while (slots.Items[i].IndexPlusOne != 0)
        {
            i = (i + 1) & slots.Mask;
        }

        ref var target = ref slots.Items[i];
        target.Hash = slot.Hash;
        target.Length = slot.Length;
        target.Key = slot.Key;
        Volatile.Write(ref target.IndexPlusOne, slot.IndexPlusOne);
    }

    /// <summary>Room for a key in the slot itself: ids up to this many bytes are compared without touching the pages.</summary>
    private const int InlineKeyBytes = 20;

    [InlineArray(InlineKeyBytes)]
    private struct InlineKey
    {
        private byte _first;
    }

    /// <summary>One slot: 32 bytes, one cache line's half, so a lookup of a short key touches one line.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4, Size = 32)]
    private struct Slot
    {
        public uint Hash;
        public int IndexPlusOne;
        public int Length;
        public InlineKey Key;
    }

    private sealed class Slots(int capacity)
    {
        public readonly Slot[] Items = new Slot[capacity];
        public readonly int Mask = capacity - 1;
    }
}
