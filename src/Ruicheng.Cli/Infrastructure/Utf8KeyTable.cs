using System.Runtime.InteropServices;
using System.Text;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>
/// Interns UTF-8 keys (ids read from a file) to dense indexes 0, 1, 2, … in the order they are first added, without
/// making a string per lookup. Lookups take no lock and may run on several threads while one of them adds: keys live
/// in pages that never move, and a slot is published only after its key, hash and index are written. Adds are
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
    private readonly List<uint> _hashes = [];
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

    /// <summary>The index of a key, adding it when absent.</summary>
    /// <param name="key">The key's bytes, 1 to 4,096 of them.</param>
    public int IndexOf(ReadOnlySpan<byte> key)
    {
        var hash = Hash(key);
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
    /// <param name="index">An index returned by <see cref="IndexOf"/>.</param>
    public string KeyAt(int index)
    {
        long reference;
        lock (_gate)
        {
            reference = _keys[index];
        }

        return Encoding.UTF8.GetString(Bytes(reference));
    }

    private static uint Hash(ReadOnlySpan<byte> key)
    {
        // A multiply-xor mix over 8-byte words; overflow is the point, so the project's checked arithmetic is off here.
        unchecked
        {
            var h = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
            var i = 0;
            for (; i + 8 <= key.Length; i += 8)
            {
                h = (h ^ MemoryMarshal.Read<ulong>(key[i..])) * 0xFF51AFD7ED558CCDUL;
                h ^= h >> 32;
            }

            ulong tail = 0;
            for (; i < key.Length; i++)
            {
                tail = (tail << 8) | key[i];
            }

            h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 29;
            return (uint)h ^ (uint)(h >> 32);
        }
    }

    private bool TryFind(Slots slots, ReadOnlySpan<byte> key, uint hash, out int index)
    {
        var i = unchecked((int)hash) & slots.Mask;
        while (true)
        {
            var reference = Volatile.Read(ref slots.References[i]);
            if (reference == 0)
            {
                index = -1;
                return false;
            }

            if (slots.Hashes[i] == hash && Bytes(reference).SequenceEqual(key))
            {
                index = slots.Indexes[i];
                return true;
            }

            i = (i + 1) & slots.Mask;
        }
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
        _hashes.Add(hash);

        if (_keys.Count * 2 > slots.References.Length)
        {
            // Grow: every key goes into a new, twice as large slot array, which then replaces the old one.
            var grown = new Slots(slots.References.Length * 2);
            for (var k = 0; k < _keys.Count; k++)
            {
                Place(grown, _keys[k], _hashes[k], k);
            }

            Volatile.Write(ref _slots, grown);
        }
        else
        {
            Place(slots, reference, hash, index);
        }

        return index;
    }

    private static void Place(Slots slots, long reference, uint hash, int index)
    {
        var i = unchecked((int)hash) & slots.Mask;
        while (slots.References[i] != 0)
        {
            i = (i + 1) & slots.Mask;
        }

        slots.Hashes[i] = hash;
        slots.Indexes[i] = index;
        Volatile.Write(ref slots.References[i], reference);
    }

    private sealed class Slots(int capacity)
    {
        public readonly long[] References = new long[capacity];
        public readonly uint[] Hashes = new uint[capacity];
        public readonly int[] Indexes = new int[capacity];
        public readonly int Mask = capacity - 1;
    }
}
