using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using Ruicheng.Civility.Scoring;
using Ruicheng.Cli.Infrastructure;

namespace Ruicheng.Cli.Inputs;

/// <summary>
/// Reads a ledger export (CSV, header <c>resident,rule,date,quantity</c>, one confirmed award or deduction per row,
/// in any order) into <see cref="ScoringLedger"/> columns, on every core. A row that cannot be scored is rejected
/// with its line number and reason, and counted; it is never dropped silently. One read can fill columns for several
/// scorers (a what-if): each row is parsed once and checked against each rulebook, so a row one rulebook refuses may
/// still count under the other.
/// </summary>
/// <remarks>
/// <para>The file is read in blocks of about 4 MiB cut at line ends; the blocks are parsed on all cores straight from
/// their UTF-8 bytes (ids, dates and quantities without strings; resident ids interned to dense indexes by a
/// <see cref="Utf8KeyTable"/>) into 12-byte packed entries, then put back in file order: rejected rows are reported in
/// line order, and each resident's entries keep their file order, exactly as a one-pass reader would. Memory is bounded
/// by entries, not text: a few blocks are in flight at a time.</para>
/// <para>A file with a quote character, a carriage return not followed by a line feed, or a record of 1 MiB or more
/// needs the full RFC 4180 rules of <see cref="CsvReader"/> (a quoted field may hold a line break, so lines are no
/// longer records): when a block has one, the first pass stops and the whole file is read again, record by record on
/// one core by that reader, with the same row rules and the same messages.</para>
/// <para>Residents are numbered in ordinal order of their ids once the whole file is read, so the numbering never
/// depends on the file's row order or on the threads.</para>
/// </remarks>
internal sealed class LedgerExport
{
    public static readonly string[] Columns = ["resident", "rule", "date", "quantity"];

    private const int BlockBytes = 4 << 20;
    private const int MaxRecordBytes = 1 << 20;

    private readonly Utf8KeyTable _residentTable = new();
    private int[] _newIndexOf = [];
    private readonly string _path;

    private LedgerExport(string path, IReadOnlyList<CivilityScorer> scorers)
    {
        _path = path;
        Views = [.. scorers.Select(s => new View(this, s))];
    }

    /// <summary>Resident ids in ordinal order (their index in every ledger built): a resident with a row any rulebook accepts.</summary>
    public List<string> Residents { get; } = [];

    /// <summary>The columns and refusals under each scorer, in the order given.</summary>
    public IReadOnlyList<View> Views { get; }

    /// <summary>The rows the first scorer refused, in line order.</summary>
    public List<(long Line, string Reason)> Rejected => Views[0].Rejected;

    /// <summary>One scorer's entries (rule indexes and points are that rulebook's) and the rows it refused.</summary>
    internal sealed class View(LedgerExport export, CivilityScorer scorer)
    {
        private readonly ScoringLedgerBuilder _builder = new();

        public CivilityScorer Scorer { get; } = scorer;

        public List<(long Line, string Reason)> Rejected { get; } = [];

        /// <summary>The entries this scorer accepted.</summary>
        public int EntryCount { get; private set; }

        /// <summary>
        /// Builds this view's scoring ledger for <paramref name="residentCount"/> residents: the export's residents keep
        /// their index in <see cref="Residents"/>, any further indexes (e.g. residents with vetoes only) have no entries.
        /// Once per view.
        /// </summary>
        public ScoringLedger Build(int residentCount) => _builder.Build(residentCount, export._newIndexOf);

        /// <summary>A chunk for this view's entries, to fill on any thread and hand back with <see cref="Take"/>.</summary>
        internal ScoringChunk CreateChunk(int capacity) => _builder.CreateChunk(Math.Max(1, capacity));

        internal void Take(ScoringChunk? chunk, List<(long, string)>? rejected)
        {
            if (chunk is not null)
            {
                EntryCount += chunk.Count;
                _builder.Append(chunk);
            }

            if (rejected is not null)
            {
                Rejected.AddRange(rejected);
            }
        }
    }

    public static LedgerExport Read(string path, CivilityScorer scorer, Action<double>? progress) => Read(path, [scorer], progress);

    public static LedgerExport Read(string path, IReadOnlyList<CivilityScorer> scorers, Action<double>? progress) => Read(path, scorers, progress, BlockBytes);

    /// <summary>As <see cref="Read(string, IReadOnlyList{CivilityScorer}, Action{double}?)"/>, with blocks of a given size (tests use small ones to cross many block edges).</summary>
    internal static LedgerExport Read(string path, IReadOnlyList<CivilityScorer> scorers, Action<double>? progress, int blockBytes)
    {
        using var header = CsvReader.Open(path, "--entries", Columns);
        var export = new LedgerExport(path, scorers);
        var layout = new Layout(header.Header.Count, header.IndexOf("resident"), header.IndexOf("rule"), header.IndexOf("date"), header.IndexOf("quantity"));
        var (offset, line) = (header.Offset, header.NextLine);
        var length = new FileInfo(path).Length;
        header.Dispose(); // The blocks are read on streams of their own; disposing twice is harmless.

        var parsed = export.ReadBlocks(layout, offset, line, length, progress, blockBytes);
        if (parsed.Any(b => b.NeedsRecordReader))
        {
            // Entries of the blocks read so far are dropped with the whole first pass, so no id seen only in a
            // line that turns out to be inside a quoted field can count as a resident.
            export = new LedgerExport(path, scorers);
            export.ReadRecords(header.Header, layout, offset, line);
        }
        else
        {
            foreach (var block in parsed)
            {
                block.Failure?.Throw();
                for (var v = 0; v < export.Views.Count; v++)
                {
                    export.Views[v].Take(block.Chunks[v], block.Rejected[v]);
                }
            }
        }

        export.NumberResidents();
        progress?.Invoke(1);
        return export;
    }

    /// <summary>Reads the blocks on every core; returns them in file order, up to the first that needs the record reader.</summary>
    private List<Block> ReadBlocks(Layout layout, long offset, long line, long length, Action<double>? progress, int blockBytes)
    {
        var workers = Environment.ProcessorCount;
        using var queue = new BlockingCollection<Block>(boundedCapacity: workers * 2);
        var blocks = new List<Block>();
        var stop = new StrongBox<int>(int.MaxValue);
        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var parser = new BlockParser(this, layout);
                foreach (var block in queue.GetConsumingEnumerable())
                {
                    if (block.Index < Volatile.Read(ref stop.Value))
                    {
                        parser.Parse(block);
                        if (block.NeedsRecordReader || block.Failure is not null)
                        {
                            InterlockedMin(ref stop.Value, block.Index);
                        }
                    }

                    block.Release();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            stream.Position = offset;
            var carry = Array.Empty<byte>();
            var carried = 0;
            for (var index = 0; index < Volatile.Read(ref stop.Value); index++)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(blockBytes, carried * 2));
                carry.AsSpan(0, carried).CopyTo(buffer);
                var filled = carried;
                int read;
                while (filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
                {
                    filled += read;
                }

                var final = filled < buffer.Length;
                var cut = final ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                if (cut == 0)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    if (!final)
                    {
                        // A line longer than a block: the record reader takes the file.
                        blocks.Add(new Block(index, line, [], 0) { NeedsRecordReader = true });
                        InterlockedMin(ref stop.Value, index);
                    }

                    break;
                }

                var block = new Block(index, line, buffer, cut);
                var lines = buffer.AsSpan(0, cut).Count((byte)'\n') + (buffer[cut - 1] == (byte)'\n' ? 0 : 1);
                // The start of the next block's first line: kept aside before a worker returns the block's buffer.
                carried = filled - cut;
                carry = buffer.AsSpan(cut, carried).ToArray();
                blocks.Add(block);
                queue.Add(block);

                offset += cut;
                line += lines;
                progress?.Invoke(length == 0 ? 1 : (double)offset / length);
                if (final)
                {
                    break;
                }
            }
        }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(consumers);
        }

        var last = Volatile.Read(ref stop.Value);
        return last == int.MaxValue ? blocks : blocks.Take(last + 1).ToList();
    }

    /// <summary>Reads on record by record from a block that needs the full CSV rules, with the same row rules.</summary>
    private void ReadRecords(IReadOnlyList<string> header, Layout layout, long offset, long line)
    {
        using var reader = CsvReader.Resume(_path, header, offset, line);
        var parser = new BlockParser(this, layout);
        var chunks = Views.Select(_ => new List<ScoringChunk>()).ToArray();
        var rejected = Views.Select(_ => new List<(long, string)>()).ToArray();
        parser.Start(rejected, 1 << 16);
        while (reader.Next())
        {
            if (reader.Error is { } error)
            {
                parser.RejectEverywhere(reader.Line, error);
            }
            else
            {
                parser.Row(reader.Line, reader.Field(layout.Resident), reader.Field(layout.Rule), reader.Field(layout.Date), reader.Field(layout.Quantity));
            }

            if (parser.AnyChunkFull)
            {
                parser.Flush(chunks, 1 << 16);
            }
        }

        parser.Flush(chunks, 0);
        for (var v = 0; v < Views.Count; v++)
        {
            foreach (var chunk in chunks[v])
            {
                Views[v].Take(chunk, null);
            }

            Views[v].Take(null, rejected[v]);
        }
    }

    private void NumberResidents()
    {
        var count = _residentTable.Count;
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = _residentTable.KeyAt(i);
        }

        var order = Enumerable.Range(0, count).ToArray();
        Array.Sort(ids.ToArray(), order, StringComparer.Ordinal);
        _newIndexOf = new int[count];
        for (var rank = 0; rank < count; rank++)
        {
            _newIndexOf[order[rank]] = rank;
            Residents.Add(ids[order[rank]]);
        }
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    /// <summary>Where the four columns are in a record of the header's width.</summary>
    internal readonly record struct Layout(int Width, int Resident, int Rule, int Date, int Quantity);

    /// <summary>A block of whole lines and, once parsed, its entries and refusals per view.</summary>
    internal sealed class Block(int index, long line, byte[] buffer, int length)
    {
        public int Index { get; } = index;

        public long Line { get; } = line;

        public byte[]? Buffer { get; private set; } = buffer;

        public int Length { get; } = length;

        public bool NeedsRecordReader { get; set; }

        public ScoringChunk?[] Chunks { get; set; } = [];

        public List<(long, string)>?[] Rejected { get; set; } = [];

        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure { get; set; }

        public void Release()
        {
            if (Buffer is { } buffer)
            {
                Buffer = null;
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>One worker's parser: the row rules, a cache of rule versions, and the chunks being filled.</summary>
    private sealed class BlockParser(LedgerExport export, Layout layout)
    {
        private readonly LedgerExportRules _rules = new(export.Views.Select(v => v.Scorer).ToArray());
        private readonly ScoringChunk?[] _chunks = new ScoringChunk?[export.Views.Count];
        private List<(long, string)>?[] _rejected = [];

        // The batch of accepted rows waiting for their resident lookup.
        private const int Batch = 16;
        private readonly int[] _pendingStart = new int[Batch];
        private readonly int[] _pendingLength = new int[Batch];
        private readonly uint[] _pendingHash = new uint[Batch];
        private readonly int[] _pendingDay = new int[Batch];
        private readonly int[] _pendingRule = new int[Batch * export.Views.Count];
        private readonly int[] _pendingPoints = new int[Batch * export.Views.Count];
        private byte[] _pendingBytes = [];
        private int _pendingCount;

        public bool AnyChunkFull => _chunks.Any(c => c is { IsFull: true });

        public void Start(List<(long, string)>?[] rejected, int capacity)
        {
            _rejected = rejected;
            for (var v = 0; v < _chunks.Length; v++)
            {
                _chunks[v] = export.Views[v].CreateChunk(capacity);
            }
        }

        public void Flush(List<ScoringChunk>[] into, int capacity)
        {
            for (var v = 0; v < _chunks.Length; v++)
            {
                if (_chunks[v] is { Count: > 0 } chunk)
                {
                    into[v].Add(chunk);
                    _chunks[v] = capacity > 0 ? export.Views[v].CreateChunk(capacity) : null;
                }
            }
        }

        public void Parse(Block block)
        {
            var bytes = block.Buffer.AsSpan(0, block.Length);
            if (bytes.IndexOf((byte)'"') >= 0)
            {
                block.NeedsRecordReader = true;
                return;
            }

            if (!Utf8.IsValid(bytes))
            {
                block.Failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(NotUtf8(export._path, bytes, block.Line));
                return;
            }

            (_pendingBytes, _pendingCount) = (block.Buffer!, 0);
            var lines = bytes.Count((byte)'\n') + 1;
            var rejected = new List<(long, string)>?[_chunks.Length];
            Start(rejected, lines);
            var hasCarriageReturn = bytes.IndexOf((byte)'\r') >= 0;
            var line = block.Line;
            Span<Range> fields = stackalloc Range[layout.Width + 1];
            for (var position = 0; position < bytes.Length; line++)
            {
                var recordStart = position;
                var rest = bytes[position..];
                var newline = rest.IndexOf((byte)'\n');
                var record = newline < 0 ? rest : rest[..newline];
                position += newline < 0 ? rest.Length : newline + 1;
                if (hasCarriageReturn)
                {
                    if (!record.IsEmpty && record[^1] == (byte)'\r')
                    {
                        record = record[..^1];
                    }

                    if (record.IndexOf((byte)'\r') >= 0)
                    {
                        // A lone carriage return ends a record under RFC 4180: the record reader counts such lines.
                        block.NeedsRecordReader = true;
                        return;
                    }
                }

                if (record.Length >= MaxRecordBytes)
                {
                    block.NeedsRecordReader = true;
                    return;
                }

                if (record.IsEmpty || record.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
                {
                    RejectEverywhere(line, "a blank line");
                    continue;
                }

                var count = SplitFields(record, fields);
                if (count != layout.Width)
                {
                    RejectEverywhere(line, $"{count} field(s) where the header has {layout.Width}");
                    continue;
                }

                Row(line, record[fields[layout.Resident]], record[fields[layout.Rule]], record[fields[layout.Date]], record[fields[layout.Quantity]], recordStart + fields[layout.Resident].Start.Value);
            }

            FlushPending();
            block.Chunks = [.. _chunks];
            block.Rejected = rejected;
        }

        /// <summary>The number of comma-separated fields; the first <c>fields.Length</c> of them are placed.</summary>
        private static int SplitFields(ReadOnlySpan<byte> record, Span<Range> fields)
        {
            var count = 0;
            var start = 0;
            while (true)
            {
                var comma = record[start..].IndexOf((byte)',');
                var end = comma < 0 ? record.Length : start + comma;
                if (count < fields.Length)
                {
                    fields[count] = start..end;
                }

                count++;
                if (comma < 0)
                {
                    return count;
                }

                start = end + 1;
            }
        }

        public void RejectEverywhere(long line, string reason)
        {
            for (var v = 0; v < _rejected.Length; v++)
            {
                (_rejected[v] ??= []).Add((line, reason));
            }
        }

        /// <summary>Applies the row rules to one record; an accepted row's entries are added now, or with the batch when its resident's bytes are at <paramref name="residentOffset"/> of <see cref="_pendingBytes"/>.</summary>
        public void Row(long line, ReadOnlySpan<byte> resident, ReadOnlySpan<byte> rule, ReadOnlySpan<byte> date, ReadOnlySpan<byte> quantity, int residentOffset = -1)
        {
            if (!LedgerExportRules.IsResidentId(resident))
            {
                RejectEverywhere(line, $"resident: '{CsvFields.Shown(resident)}' is not a resident id (1–64 characters without whitespace)");
                return;
            }

            if (!LedgerExportRules.TryDay(date, out var day))
            {
                RejectEverywhere(line, $"date: '{CsvFields.Shown(date)}' is not {CsvFields.DateRule}");
                return;
            }

            if (!LedgerExportRules.TryQuantity(quantity, out var whole, out var amount))
            {
                RejectEverywhere(line, $"quantity: '{CsvFields.Shown(quantity)}' is not a positive number");
                return;
            }

            // Every refusal of the row is written now, so refusals stay in line order; only the resident lookup of
            // an accepted row waits for its batch.
            var views = _chunks.Length;
            var slot = _pendingCount * views;
            var accepted = false;
            var versions = _rules.VersionsOf(rule);
            for (var v = 0; v < views; v++)
            {
                if (!_rules.TryPoints(versions, v, day, whole, amount, out var ruleIndex, out var points, out var reason))
                {
                    (_rejected[v] ??= []).Add((line, reason ?? $"rule: no rule '{CsvFields.Shown(rule)}' is in force on {System.Text.Encoding.UTF8.GetString(date)}"));
                    _pendingRule[slot + v] = -1;
                    continue;
                }

                (_pendingRule[slot + v], _pendingPoints[slot + v]) = (ruleIndex, points);
                accepted = true;
            }

            if (!accepted)
            {
                return;
            }

            var hash = Utf8KeyTable.HashOf(resident);
            (_pendingStart[_pendingCount], _pendingLength[_pendingCount], _pendingHash[_pendingCount], _pendingDay[_pendingCount]) = (residentOffset, resident.Length, hash, day);
            if (residentOffset < 0)
            {
                Add(0, resident);
                return;
            }

            export._residentTable.Prefetch(hash);
            if (++_pendingCount == Batch)
            {
                FlushPending();
            }
        }

        /// <summary>Looks up the residents of the batch (their slots were prefetched as the rows were read) and adds their entries.</summary>
        private void FlushPending()
        {
            for (var p = 0; p < _pendingCount; p++)
            {
                Add(p, _pendingBytes.AsSpan(_pendingStart[p], _pendingLength[p]));
            }

            _pendingCount = 0;
        }

        private void Add(int pending, ReadOnlySpan<byte> resident)
        {
            var residentIndex = export._residentTable.IndexOf(resident, _pendingHash[pending]);
            var views = _chunks.Length;
            for (var v = 0; v < views; v++)
            {
                var ruleIndex = _pendingRule[(pending * views) + v];
                if (ruleIndex >= 0)
                {
                    _chunks[v]!.Add(residentIndex, ruleIndex, _pendingDay[pending], _pendingPoints[(pending * views) + v]);
                }
            }
        }

        private static UnusableInputException NotUtf8(string path, ReadOnlySpan<byte> bytes, long firstLine)
        {
            var chars = new char[bytes.Length];
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            var line = firstLine + bytes[..valid].Count((byte)'\n');
            return UnusableInputException.At(path, $"line {line}", $"byte 0x{bytes[valid]:X2} is not UTF-8; save the file as UTF-8 (ids are never guessed from another encoding)");
        }
    }
}
