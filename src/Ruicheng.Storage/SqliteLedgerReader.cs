using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Ruicheng.Civility.Ledger;
using SQLitePCL;

namespace Ruicheng.Storage;

/// <summary>
/// Reads a range of a ledger's entries from an embedded SQLite store through the native statement directly: each
/// text column is read as the UTF-8 bytes SQLite holds (no string for a value that repeats, no per-column type checks
/// of the general data reader), the date digit by digit. The same rows, in the same order, as the general reader.
/// </summary>
internal static class SqliteLedgerReader
{
    private const string Query =
        "SELECT \"Sequence\", \"EntryId\", \"Resident\", \"Kind\", \"RuleKey\", \"RulebookVersion\", \"SourceEventId\", \"OccurredOn\", \"Quantity\", \"Points\", \"Reverses\", \"RecordedAtTicks\", \"KeyId\", \"Hash\" "
        + "FROM ledger_entries WHERE \"Ledger\" = ?1 AND \"Sequence\" >= ?2 AND \"Sequence\" < ?3 ORDER BY \"Sequence\"";

    /// <summary>The entries with sequence numbers in [<paramref name="from"/>, <paramref name="to"/>), in sequence order.</summary>
    /// <exception cref="SqliteException">SQLite refused the query or a step.</exception>
    /// <exception cref="FormatException">A stored date, quantity or version is not in its stored form.</exception>
    public static List<PointsEntry> Read(SqliteConnection connection, string ledger, long from, long to, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var deadline = Environment.TickCount64 + (connection.DefaultTimeout * 1000L);
        sqlite3_stmt statement;
        int prepared;
        while (IsBusy(prepared = raw.sqlite3_prepare_v2(db, Query, out statement), deadline, cancellationToken))
        {
            statement.Dispose();
        }

        Check(prepared, db);
        using (statement)
        {
            Check(raw.sqlite3_bind_text(statement, 1, ledger), db);
            Check(raw.sqlite3_bind_int64(statement, 2, from), db);
            Check(raw.sqlite3_bind_int64(statement, 3, to), db);
            var values = new StoredEntryValues();
            var entries = new List<PointsEntry>((int)Math.Clamp(to - from, 0, 1 << 20));
            Span<char> text = stackalloc char[256];
            int step;
            while (IsBusy(step = raw.sqlite3_step(statement), deadline, cancellationToken))
            {
                raw.sqlite3_reset(statement);
            }

            for (; step == raw.SQLITE_ROW; step = raw.sqlite3_step(statement))
            {
                if ((entries.Count & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var sequence = raw.sqlite3_column_int64(statement, 0);
                var entryId = EntryId.From(Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, 1)));
                var resident = values.Resident(Chars(raw.sqlite3_column_blob(statement, 2), text));
                var kind = (EntryKind)raw.sqlite3_column_int(statement, 3);
                var rule = values.Rule(Chars(raw.sqlite3_column_blob(statement, 4), text));
                var version = values.Version(Chars(raw.sqlite3_column_blob(statement, 5), text));
                var source = Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, 6));
                var occurred = Date(raw.sqlite3_column_blob(statement, 7));
                var quantity = decimal.Parse(raw.sqlite3_column_blob(statement, 8), NumberStyles.Number, CultureInfo.InvariantCulture);
                var points = raw.sqlite3_column_int64(statement, 9);
                var reverses = raw.sqlite3_column_type(statement, 10) == raw.SQLITE_NULL
                    ? (EntryId?)null
                    : EntryId.From(Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, 10)));
                var recorded = raw.sqlite3_column_int64(statement, 11);
                var keyId = values.KeyId(Chars(raw.sqlite3_column_blob(statement, 12), text));
                var hash = raw.sqlite3_column_blob(statement, 13).ToArray();
                entries.Add(PointsEntry.Restore(
                    sequence, entryId, resident, kind, rule, version, source, occurred, quantity, points, reverses,
                    Instant.FromUnixTimeTicks(recorded), keyId, ImmutableCollectionsMarshal.AsImmutableArray(hash)));
            }

            if (step != raw.SQLITE_DONE)
            {
                Check(step, db);
            }

            return entries;
        }
    }

    /// <summary>
    /// Whether <paramref name="result"/> says the database is busy (a writer, or a connection closing and checkpointing
    /// the write-ahead log) and the time allowed is not yet up; then waits a millisecond, so the caller tries again, as
    /// the general data reader does for up to the connection's default timeout.
    /// </summary>
    private static bool IsBusy(int result, long deadline, CancellationToken cancellationToken)
    {
        if (result is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED) || Environment.TickCount64 >= deadline)
        {
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        Thread.Sleep(1);
        return true;
    }

    /// <summary>The UTF-8 text as characters, in <paramref name="buffer"/> when it fits (ids are at most 64 characters).</summary>
    private static ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8, Span<char> buffer) =>
        utf8.Length <= buffer.Length && Encoding.UTF8.TryGetChars(utf8, buffer, out var written)
            ? buffer[..written]
            : Encoding.UTF8.GetString(utf8);

    /// <summary>A date as SQLite stores a <see cref="DateOnly"/>: <c>yyyy-MM-dd</c>.</summary>
    private static LocalDate Date(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            throw new FormatException($"The stored date '{Encoding.UTF8.GetString(text)}' is not a date in the form yyyy-MM-dd.");
        }

        return new LocalDate(year, month, day);
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    private static void Check(int result, sqlite3 db)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
        }
    }
}
