using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>
/// A strict, streaming RFC 4180 reader over UTF-8 bytes, shared by every CSV input of the tool.
/// <list type="bullet">
/// <item>The first record is the header: its names must be distinct and include every required column (else the
/// file is unusable, exit 2). Extra columns are allowed and ignored. A UTF-8 byte-order mark is skipped.</item>
/// <item>Fields are separated by commas; records end with LF, CRLF or CR. A field may be quoted; inside quotes a
/// doubled quote is one quote, and commas and line breaks are data.</item>
/// <item>A malformed record — a blank line, a quote inside an unquoted field, text after a closing quote, an
/// unterminated quote, more or fewer fields than the header, or a record over 1 MiB — is returned as rejected with
/// <see cref="Line"/> (the physical line it starts on) and <see cref="Error"/>; reading resumes on the next physical
/// line, so one bad row never hides the rest.</item>
/// <item>Bytes that are not valid UTF-8 make the whole file unusable (never decoded into a different id), with the
/// line of the first invalid byte.</item>
/// </list>
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private const int ChunkBytes = 1 << 20;
    private const int MaxRecordBytes = 1 << 20;
    private static readonly SearchValues<byte> Specials = SearchValues.Create(",\"\r\n"u8);

    private readonly Stream _stream;
    private readonly string _path;
    private readonly List<(int Start, int Length, bool InScratch)> _fields = new(8);
    private byte[] _buffer = new byte[ChunkBytes];
    private byte[] _scratch = new byte[256];
    private int _scratchUsed;
    private int _start;
    private int _end;
    private bool _endOfFile;
    private long _nextLine = 1;

    private CsvReader(Stream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <summary>The header's names, in file order.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>The physical line (from 1) on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Why the current record is rejected, or null for a well-formed record.</summary>
    public string? Error { get; private set; }

    /// <summary>The byte offset in the file of the first record not yet returned.</summary>
    public long Offset => _stream.Position - (_end - _start);

    /// <summary>The physical line on which the first record not yet returned starts.</summary>
    public long NextLine => _nextLine;

    /// <summary>How far through the file reading is, 0–1.</summary>
    public double Progress => _stream.Length == 0 ? 1 : (_stream.Position - (_end - _start)) / (double)_stream.Length;

    /// <summary>Opens a CSV file and reads its header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="option">The option that named it, for messages (e.g. <c>--entries</c>).</param>
    /// <param name="required">Columns that must be in the header.</param>
    /// <exception cref="UnusableInputException">The file is missing, unreadable, empty, not UTF-8, or its header is wrong.</exception>
    public static CsvReader Open(string path, string option, IReadOnlyList<string> required)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UnusableInputException($"{option}: a file is required");
        }

        if (!File.Exists(path))
        {
            throw UnusableInputException.At(path, "-", $"{option}: file not found");
        }

        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw UnusableInputException.At(path, "-", $"{option}: cannot be read ({exception.Message})");
        }

        var reader = new CsvReader(stream, path);
        try
        {
            reader.ReadHeader(required);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reopens a file whose header was read before, at a record boundary found then (<see cref="Offset"/> and
    /// <see cref="NextLine"/> of that reader, or a boundary counted from them), to read on from there.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="header">The header read before.</param>
    /// <param name="offset">The byte offset of the record to start at.</param>
    /// <param name="line">The physical line that record starts on.</param>
    public static CsvReader Resume(string path, IReadOnlyList<string> header, long offset, long line)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        stream.Position = offset;
        return new CsvReader(stream, path) { Header = header, _nextLine = line };
    }

    /// <summary>The position of a header column.</summary>
    /// <param name="column">The column's name.</param>
    public int IndexOf(string column) => Header is List<string> list ? list.IndexOf(column) : -1;

    /// <summary>Moves to the next record; false at the end of the file. A rejected record has <see cref="Error"/> set.</summary>
    public bool Next()
    {
        while (true)
        {
            if (_start == _end && !Fill())
            {
                return false;
            }

            var status = Parse(_buffer.AsSpan(_start, _end - _start), out var consumed, out var lines, out var error);
            if (status == ParseStatus.NeedMore)
            {
                if (_end - _start >= MaxRecordBytes)
                {
                    error = $"a record longer than {MaxRecordBytes / 1024 / 1024} MiB (an unterminated quote?)";
                    consumed = -1;
                }
                else
                {
                    Fill();
                    continue;
                }
            }

            if (consumed < 0)
            {
                // Resume on the physical line after the one the record starts on.
                var rest = _buffer.AsSpan(_start, _end - _start);
                var newline = rest.IndexOfAny((byte)'\r', (byte)'\n');
                if (newline < 0)
                {
                    // The line runs past the buffer (a record of 1 MiB or more): it is one rejected record, however
                    // long, so its bytes are skipped up to its end rather than read as further records.
                    CheckUtf8(rest[..LastCompleteUtf8(rest)]);
                    Line = _nextLine;
                    Error = error;
                    _nextLine++;
                    SkipRestOfLine();
                    return true;
                }

                consumed = newline + (rest[newline] == (byte)'\r' && newline + 1 < rest.Length && rest[newline + 1] == (byte)'\n' ? 2 : 1);
                lines = 1;
            }

            CheckUtf8(_buffer.AsSpan(_start, consumed));
            Line = _nextLine;
            Error = error ?? (Header.Count > 0 && _fields.Count != Header.Count ? $"{_fields.Count} field(s) where the header has {Header.Count}" : null);
            _nextLine += lines;
            _start += consumed;
            return true;
        }
    }

    /// <summary>The bytes of a field of the current record (unquoted and unescaped).</summary>
    /// <param name="index">The field's position.</param>
    public ReadOnlySpan<byte> Field(int index)
    {
        var (start, length, inScratch) = _fields[index];
        return inScratch ? _scratch.AsSpan(start, length) : _buffer.AsSpan(start, length);
    }

    /// <summary>A field of the current record as text.</summary>
    /// <param name="index">The field's position.</param>
    public string Text(int index) => Encoding.UTF8.GetString(Field(index));

    /// <summary>A field as text for a message: at most 40 characters.</summary>
    /// <param name="index">The field's position.</param>
    public string Shown(int index) => CsvFields.Shown(Field(index));

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private void ReadHeader(IReadOnlyList<string> required)
    {
        Fill();
        if (_end - _start >= 3 && _buffer.AsSpan(_start, 3).SequenceEqual("\uFEFF"u8))
        {
            _start += 3;
        }

        if (!Next())
        {
            throw UnusableInputException.At(_path, "line 1", $"the file is empty; expected the header {string.Join(',', required)}");
        }

        if (Error is not null)
        {
            throw UnusableInputException.At(_path, "line 1", $"the header is malformed: {Error}");
        }

        var names = new List<string>(_fields.Count);
        for (var i = 0; i < _fields.Count; i++)
        {
            var name = Text(i);
            if (names.Contains(name))
            {
                throw UnusableInputException.At(_path, "line 1", $"column '{name}' appears twice in the header");
            }

            names.Add(name);
        }

        foreach (var column in required)
        {
            if (!names.Contains(column))
            {
                throw UnusableInputException.At(_path, "line 1", $"missing column '{column}' (expected header {string.Join(',', required)})");
            }
        }

        Header = names;
    }

    private void CheckUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
            var line = _nextLine + bytes[..valid].Count((byte)'\n');
            throw UnusableInputException.At(_path, $"line {line}", $"byte 0x{bytes[valid]:X2} is not UTF-8; save the file as UTF-8 (ids are never guessed from another encoding)");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Drops the unread bytes up to and including the end of the current physical line (LF, CRLF or CR).</summary>
    private void SkipRestOfLine()
    {
        _start = _end;
        while (Fill())
        {
            var rest = _buffer.AsSpan(_start, _end - _start);
            var newline = rest.IndexOfAny((byte)'\r', (byte)'\n');
            if (newline < 0)
            {
                _start = _end;
                continue;
            }

            if (rest[newline] == (byte)'\r' && newline + 1 == rest.Length && !_endOfFile)
            {
                // A CR at the end of what was read: a following LF belongs to the same line end.
                _start += newline;
                Fill();
                rest = _buffer.AsSpan(_start, _end - _start);
                newline = 0;
            }

            _start += newline + (rest[newline] == (byte)'\r' && newline + 1 < rest.Length && rest[newline + 1] == (byte)'\n' ? 2 : 1);
            return;
        }
    }

    /// <summary>How many leading bytes end on a whole UTF-8 sequence (a buffer may end inside one).</summary>
    private static int LastCompleteUtf8(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte: keep it only if its sequence is complete.
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                return needed > back ? end - back : end;
            }
        }

        return end;
    }

    /// <summary>Moves unread bytes to the front and reads more; false when nothing is left.</summary>
    private bool Fill()
    {
        if (_endOfFile)
        {
            return _start < _end;
        }

        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, unread).CopyTo(_buffer);
        }

        _start = 0;
        _end = unread;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfFile = read == 0;
        return _start < _end;
    }

    private ParseStatus Parse(ReadOnlySpan<byte> span, out int consumed, out int lines, out string? error)
    {
        _fields.Clear();
        _scratchUsed = 0;
        consumed = -1;
        lines = 0;
        error = null;
        var final = _endOfFile;
        if (span[0] is (byte)'\n' or (byte)'\r' || IsWhitespaceLine(span, final))
        {
            error = "a blank line";
            return ParseStatus.Done;
        }

        var p = 0;
        var newlinesInQuotes = 0;
        while (true)
        {
            if (p < span.Length && span[p] == (byte)'"')
            {
                var scratchStart = _scratchUsed;
                p++;
                while (true)
                {
                    var quote = span[p..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        if (!final)
                        {
                            return ParseStatus.NeedMore;
                        }

                        error = "an unterminated quote";
                        return ParseStatus.Done;
                    }

                    newlinesInQuotes += span.Slice(p, quote).Count((byte)'\n');
                    AppendScratch(span.Slice(p, quote));
                    p += quote + 1;
                    if (p == span.Length && !final)
                    {
                        return ParseStatus.NeedMore;
                    }

                    if (p < span.Length && span[p] == (byte)'"')
                    {
                        AppendScratch("\""u8);
                        p++;
                        continue;
                    }

                    break;
                }

                _fields.Add((scratchStart, _scratchUsed - scratchStart, true));
                if (p < span.Length && span[p] is not ((byte)',' or (byte)'\r' or (byte)'\n'))
                {
                    error = "text after a closing quote";
                    return ParseStatus.Done;
                }
            }
            else
            {
                var special = span[p..].IndexOfAny(Specials);
                if (special < 0)
                {
                    if (!final)
                    {
                        return ParseStatus.NeedMore;
                    }

                    special = span.Length - p;
                }
                else if (span[p + special] == (byte)'"')
                {
                    error = "a quote inside an unquoted field (quote the whole field and double the quote)";
                    return ParseStatus.Done;
                }

                _fields.Add((_start + p, special, false));
                p += special;
            }

            if (p == span.Length)
            {
                // The last record of a file without a final line break.
                consumed = p;
                lines = 1 + newlinesInQuotes;
                return ParseStatus.Done;
            }

            switch (span[p])
            {
                case (byte)',':
                    p++;
                    continue;
                case (byte)'\r':
                    if (p + 1 == span.Length && !final)
                    {
                        return ParseStatus.NeedMore;
                    }

                    p += p + 1 < span.Length && span[p + 1] == (byte)'\n' ? 2 : 1;
                    break;
                default:
                    p++;
                    break;
            }

            consumed = p;
            lines = 1 + newlinesInQuotes;
            return ParseStatus.Done;
        }
    }

    private static bool IsWhitespaceLine(ReadOnlySpan<byte> span, bool final)
    {
        var end = span.IndexOfAny((byte)'\r', (byte)'\n');
        var line = end < 0 ? (final ? span : []) : span[..end];
        return !line.IsEmpty && line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0;
    }

    private void AppendScratch(ReadOnlySpan<byte> bytes)
    {
        if (_scratchUsed + bytes.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchUsed + bytes.Length));
        }

        bytes.CopyTo(_scratch.AsSpan(_scratchUsed));
        _scratchUsed += bytes.Length;
    }

    private enum ParseStatus
    {
        Done,
        NeedMore,
    }
}
