namespace Ruicheng.Civility.Scoring;

/// <summary>
/// Builds <see cref="ScoringLedger"/>s from entries in arrival order (a time-ordered ledger export) across cores,
/// keeping its scratch between builds: the front door to the batch scorer's columns for a host that reads an export
/// in blocks, or scores many exports in a row.
/// </summary>
/// <remarks>
/// <para>Grouping is a counting sort on the resident index, split across up to
/// <see cref="MaxDegreeOfParallelism"/> workers by contiguous ranges of entries: each worker counts its range's entries
/// per resident, the counts give every worker its own place in each resident's run, and each worker then writes its
/// range in order. Within a resident the entries therefore keep their arrival order (the chunks in the order they
/// were appended, each chunk in the order of its <see cref="ScoringChunk.Add"/> calls); a resident whose entries did
/// not arrive in the canonical (day, rule index, points) order is then sorted on its own, so the ledger is exactly
/// what <see cref="ScoringLedger.FromUnsorted"/> builds from the same columns, whatever the number of workers.</para>
/// <para>Scratch kept between builds: the per-worker counts (4 bytes per resident per worker) and, for
/// <see cref="FromUnsorted"/>, the packed copy of the columns (12 bytes per entry). The ledger itself (8 bytes per
/// entry and 4 per resident) is new on every build, unless a ledger of the same shape was handed back with
/// <see cref="Return"/>; a ledger never shares memory with the builder while it can be read.</para>
/// <para>A builder is not thread-safe: <see cref="CreateChunk"/>, <see cref="Append"/>, the builds and
/// <see cref="Clear"/> are called from one thread; chunks may be filled on other threads before they are appended.</para>
/// </remarks>
public sealed class ScoringLedgerBuilder
{
    /// <summary>Below this many entries per worker, another worker costs more than it saves.</summary>
    private const int MinEntriesPerWorker = 1 << 16;

    private readonly List<ScoringChunk> _chunks = [];
    private int[][] _counts = [];
    private int[] _map = [];
    private ScoringChunk? _columns;
    private ScoringLedger? _spare;

    /// <summary>Creates a builder that uses every core (<see cref="Environment.ProcessorCount"/>).</summary>
    public ScoringLedgerBuilder()
        : this(Environment.ProcessorCount)
    {
    }

    /// <summary>Creates a builder that uses at most the given number of workers.</summary>
    /// <param name="maxDegreeOfParallelism">The most workers at once, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public ScoringLedgerBuilder(int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>The most workers a build uses.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>The entries in the chunks appended since the last build or <see cref="Clear"/>.</summary>
    public int EntryCount { get; private set; }

    /// <summary>Creates an empty chunk to fill (on any thread) and then <see cref="Append"/>.</summary>
    /// <param name="capacity">The most entries it will hold, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1 or above <see cref="Array.MaxLength"/>.</exception>
    public ScoringChunk CreateChunk(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, Array.MaxLength);
        return new ScoringChunk(capacity);
    }

    /// <summary>
    /// Appends a filled chunk after those appended before: the chunks' order is the entries' arrival order. The
    /// chunk can take no more entries afterwards. An empty chunk is accepted and adds nothing.
    /// </summary>
    /// <param name="chunk">A chunk from <see cref="CreateChunk"/>, not appended before.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chunk"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The chunk was already appended, or the total would exceed <see cref="Array.MaxLength"/> entries.</exception>
    public void Append(ScoringChunk chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        if (chunk.Appended)
        {
            throw new InvalidOperationException("This chunk was already appended; each chunk's entries count once.");
        }

        if ((long)EntryCount + chunk.Count > Array.MaxLength)
        {
            throw new InvalidOperationException($"A ledger holds at most {Array.MaxLength:N0} entries.");
        }

        chunk.Appended = true;
        _chunks.Add(chunk);
        EntryCount += chunk.Count;
    }

    /// <summary>
    /// Hands back a ledger this builder built, once nothing reads it any more: a later build with the same numbers of
    /// entries and residents reuses its memory, so that scoring export after export of one county allocates nothing per
    /// entry. The ledger can no longer be scored or explained (<see cref="ObjectDisposedException"/>). Returning a
    /// ledger that another thread is still scoring is a programming error the builder cannot detect, as with any pool.
    /// </summary>
    /// <param name="ledger">A ledger from this builder's <see cref="Build(int)"/> or <see cref="FromUnsorted"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException">Another builder, or a factory of <see cref="ScoringLedger"/>, built it.</exception>
    /// <exception cref="InvalidOperationException">It was already returned.</exception>
    public void Return(ScoringLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (!ReferenceEquals(ledger.BuiltBy, this))
        {
            throw new ArgumentException("Only the builder that built a ledger takes it back.", nameof(ledger));
        }

        if (ledger.IsReturned)
        {
            throw new InvalidOperationException("This ledger was already returned.");
        }

        ledger.MarkReturned();
        _spare = ledger;
    }

    /// <summary>Forgets the appended chunks; the scratch is kept for the next build.</summary>
    public void Clear()
    {
        _chunks.Clear();
        EntryCount = 0;
    }

    /// <summary>Builds the ledger from the appended chunks, then forgets them (the builder is ready for the next build).</summary>
    /// <param name="residentCount">How many residents; every entry's resident index must be below it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residentCount"/> is negative.</exception>
    /// <exception cref="ArgumentException">An entry's resident index is not below <paramref name="residentCount"/> (the message gives its position in arrival order); the builder then keeps its chunks.</exception>
    public ScoringLedger Build(int residentCount) => Build(residentCount, []);

    /// <summary>
    /// Builds the ledger from the appended chunks with the resident indexes renumbered: an entry added for resident
    /// index <c>i</c> belongs to resident <c>newIndexOf[i]</c> of the ledger (for a host that numbers residents as it
    /// meets them and wants them in another order, e.g. ordinal order of their ids). Then forgets the chunks.
    /// </summary>
    /// <param name="residentCount">How many residents the ledger has; every renumbered index must be below it.</param>
    /// <param name="newIndexOf">The new index of every index the chunks use; empty for no renumbering.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residentCount"/> is negative.</exception>
    /// <exception cref="ArgumentException">An index the chunks use has no entry in <paramref name="newIndexOf"/>, or a renumbered index is not below <paramref name="residentCount"/>; the builder then keeps its chunks.</exception>
    public ScoringLedger Build(int residentCount, ReadOnlySpan<int> newIndexOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(residentCount);
        var map = newIndexOf.IsEmpty ? null : CopyMap(newIndexOf);
        var ledger = Group(residentCount, _chunks, EntryCount, map, map is null ? nameof(residentCount) : nameof(newIndexOf));
        Clear();
        return ledger;
    }

    /// <summary>
    /// Builds the ledger from columns in arrival order, exactly as <see cref="ScoringLedger.FromUnsorted"/> does,
    /// across cores and into this builder's scratch (reused by the next call). The appended chunks, if any, are
    /// neither included nor forgotten.
    /// </summary>
    /// <param name="residentCount">How many residents.</param>
    /// <param name="residentIndex">Per entry, the resident index.</param>
    /// <param name="ruleIndex">Per entry, the rule index.</param>
    /// <param name="day">Per entry, the day number.</param>
    /// <param name="points">Per entry, the points before caps.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residentCount"/> is negative.</exception>
    /// <exception cref="ArgumentException">Columns differ in length or an index or figure is out of range (as for <see cref="ScoringLedger.FromUnsorted"/>).</exception>
    public ScoringLedger FromUnsorted(int residentCount, ReadOnlySpan<int> residentIndex, ReadOnlySpan<int> ruleIndex, ReadOnlySpan<int> day, ReadOnlySpan<int> points)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(residentCount);
        if (ruleIndex.Length != residentIndex.Length || day.Length != residentIndex.Length || points.Length != residentIndex.Length)
        {
            throw new ArgumentException("The columns must have the same length.", nameof(residentIndex));
        }

        var count = residentIndex.Length;
        if (_columns is null || _columns.Capacity < count)
        {
            _columns = new ScoringChunk(Math.Max(count, 1));
        }

        var resident = _columns.Resident;
        var packed = _columns.Packed;
        for (var i = 0; i < count; i++)
        {
            if (residentIndex[i] < 0)
            {
                throw new ArgumentException($"Resident index {residentIndex[i]} of entry {i} is negative.", nameof(residentIndex));
            }

            resident[i] = residentIndex[i];
            packed[i] = ScoringLedger.Pack(day[i], ruleIndex[i], points[i]);
        }

        _columns.Count = count;
        return Group(residentCount, [_columns], count, null, nameof(residentIndex));
    }

    private int[] CopyMap(ReadOnlySpan<int> newIndexOf)
    {
        if (_map.Length < newIndexOf.Length)
        {
            _map = GC.AllocateUninitializedArray<int>(newIndexOf.Length);
        }

        newIndexOf.CopyTo(_map);
        return _map;
    }

    private ScoringLedger Group(int residentCount, List<ScoringChunk> chunks, int count, int[]? map, string parameter)
    {
        var mapLength = map?.Length ?? 0;
        var workers = (int)Math.Clamp(count / (long)MinEntriesPerWorker, 1, MaxDegreeOfParallelism);
        EnsureCounts(workers, residentCount);

        // Where each chunk starts in arrival order, so a worker's range of entries maps to chunk segments.
        var chunkStart = new int[chunks.Count + 1];
        for (var c = 0; c < chunks.Count; c++)
        {
            chunkStart[c + 1] = chunkStart[c] + chunks[c].Count;
        }

        var rangeStart = new int[workers + 1];
        for (var w = 0; w <= workers; w++)
        {
            rangeStart[w] = (int)((long)count * w / workers);
        }

        var firstBad = new long[workers];
        var minDay = new int[workers];
        var maxDay = new int[workers];
        var ruleLimit = new int[workers];
        var counts = _counts;
        Run(workers, w =>
        {
            var mine = counts[w];
            Array.Clear(mine, 0, residentCount);
            (firstBad[w], minDay[w], maxDay[w], ruleLimit[w]) = (-1, int.MaxValue, int.MinValue, 0);
            ForEachSegment(chunks, chunkStart, rangeStart[w], rangeStart[w + 1], (chunk, from, to, position) =>
            {
                var residents = chunk.Resident;
                var packed = chunk.Packed;
                int low = minDay[w], high = maxDay[w], rules = ruleLimit[w];
                for (var i = from; i < to; i++)
                {
                    var r = residents[i];
                    if (map is not null)
                    {
                        r = r < mapLength ? map[r] : -1;
                    }

                    if (r < 0 || r >= residentCount)
                    {
                        firstBad[w] = firstBad[w] < 0 ? position + (i - from) : firstBad[w];
                        continue;
                    }

                    mine[r]++;
                    var day = ScoringLedger.DayOf(packed[i]);
                    low = Math.Min(low, day);
                    high = Math.Max(high, day);
                    rules = Math.Max(rules, ScoringLedger.RuleOf(packed[i]) + 1);
                }

                (minDay[w], maxDay[w], ruleLimit[w]) = (low, high, rules);
            });
        });

        foreach (var bad in firstBad)
        {
            if (bad >= 0)
            {
                throw new ArgumentException(
                    map is null
                        ? $"Entry {bad} (in arrival order) has a resident index outside 0..{residentCount - 1}."
                        : $"Entry {bad} (in arrival order) has a resident index that the renumbering does not map into 0..{residentCount - 1}.",
                    parameter);
            }
        }

        // A returned ledger of the same shape lends its memory; every slot of both arrays is written below.
        int[] start;
        long[] ledgerPacked;
        if (_spare is { } spare && spare.Packed.Length == count && spare.ResidentStart.Length == residentCount + 1)
        {
            (start, ledgerPacked, _spare) = (spare.ResidentStart, spare.Packed, null);
        }
        else
        {
            (start, ledgerPacked) = (new int[residentCount + 1], GC.AllocateUninitializedArray<long>(count));
        }

        // Each resident's run starts where the previous ends; within it, worker w writes after workers 0..w-1.
        var total = 0;
        for (var r = 0; r < residentCount; r++)
        {
            start[r] = total;
            for (var w = 0; w < workers; w++)
            {
                var n = counts[w][r];
                counts[w][r] = total;
                total += n;
            }
        }

        start[residentCount] = total;
        var mapped = map ?? [];
        Run(workers, w =>
        {
            var next = counts[w];
            ForEachSegment(chunks, chunkStart, rangeStart[w], rangeStart[w + 1], (chunk, from, to, _) =>
            {
                var residents = chunk.Resident;
                var packed = chunk.Packed;
                for (var i = from; i < to; i++)
                {
                    var r = mapLength == 0 ? residents[i] : mapped[residents[i]];
                    ledgerPacked[next[r]++] = packed[i];
                }
            });
        });

        // A resident whose entries arrived out of the canonical order is sorted on its own (equal words are equal
        // entries, so stability does not matter), in ranges of residents across the workers.
        Run(workers, w =>
        {
            var from = (int)((long)residentCount * w / workers);
            var to = (int)((long)residentCount * (w + 1) / workers);
            for (var r = from; r < to; r++)
            {
                var run = ledgerPacked.AsSpan(start[r], start[r + 1] - start[r]);
                for (var i = 1; i < run.Length; i++)
                {
                    if (run[i] < run[i - 1])
                    {
                        run.Sort();
                        break;
                    }
                }
            }
        });

        var ledger = count == 0
            ? ScoringLedger.Create(start, ledgerPacked, 0, 0, 0)
            : ScoringLedger.Create(start, ledgerPacked, minDay.Min(), maxDay.Max(), ruleLimit.Max());
        ledger.BuiltBy = this;
        return ledger;
    }

    private void EnsureCounts(int workers, int residentCount)
    {
        if (_counts.Length < workers)
        {
            Array.Resize(ref _counts, workers);
        }

        for (var w = 0; w < workers; w++)
        {
            if (_counts[w] is null || _counts[w].Length < residentCount)
            {
                _counts[w] = GC.AllocateUninitializedArray<int>(Math.Max(residentCount, 1));
            }
        }
    }

    private static void Run(int workers, Action<int> work)
    {
        if (workers == 1)
        {
            work(0);
            return;
        }

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, work);
    }

    /// <summary>Calls <paramref name="segment"/> for each chunk's part of the entries <paramref name="from"/>..<paramref name="to"/> (arrival order), in order.</summary>
    private static void ForEachSegment(List<ScoringChunk> chunks, int[] chunkStart, int from, int to, Action<ScoringChunk, int, int, int> segment)
    {
        if (from >= to)
        {
            return;
        }

        var c = Array.BinarySearch(chunkStart, 0, chunks.Count, from);
        c = c >= 0 ? c : ~c - 1;
        while (from < to)
        {
            // Skip empty chunks, which start where the next one does.
            while (chunkStart[c + 1] <= from)
            {
                c++;
            }

            var end = Math.Min(to, chunkStart[c + 1]);
            segment(chunks[c], from - chunkStart[c], end - chunkStart[c], from);
            from = end;
            c++;
        }
    }
}
