using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Ruicheng.Civility.Ledger;
using SQLitePCL;

namespace Ruicheng.Storage;

/// <summary>
/// Reads a range of a ledger's entries from an embedded SQLite store on a connection of its own — opened without
/// SQLite's per-call mutex, used by one thread — through the native statement directly: each text column is read as
/// the UTF-8 bytes SQLite holds (no string for a value that repeats, no per-column type checks of the general data
/// reader), the date digit by digit. The same rows, in the same order, as the general reader.
/// </summary>
internal static unsafe class SqliteLedgerReader
{
    private static ReadOnlySpan<byte> Query =>
        "SELECT \"Sequence\", \"EntryId\", \"Resident\", \"Kind\", \"RuleKey\", \"RulebookVersion\", \"SourceEventId\", \"OccurredOn\", \"Quantity\", \"Points\", \"Reverses\", \"RecordedAtTicks\", \"KeyId\", \"Hash\" FROM ledger_entries WHERE \"Ledger\" = ?1 AND \"Sequence\" >= ?2 AND \"Sequence\" < ?3 ORDER BY \"Sequence\""u8;

    /// <summary>
    /// The database file behind the open <paramref name="connection"/>, when this reader can open it too: a file (not an
    /// in-memory or temporary database) served by the e_sqlite3 library this reader binds to. Else null, and the
    /// general data reader is used.
    /// </summary>
    public static string? FileOf(SqliteConnection connection)
    {
        if (connection.Handle is not { } db || raw.GetNativeLibraryName() != SqliteNative.Library)
        {
            return null;
        }

        var file = raw.sqlite3_db_filename(db, "main").utf8_to_string();
        return string.IsNullOrEmpty(file) ? null : file;
    }

    /// <summary>
    /// Reads the entries with sequence numbers in [<paramref name="from"/>, <paramref name="to"/>), in sequence order.
    /// </summary>
    /// <param name="file">The database file (<see cref="FileOf"/>).</param>
    /// <param name="busyTimeout">How long to wait while a writer holds the database.</param>
    /// <param name="ledger">The ledger's name.</param>
    /// <param name="from">The first sequence number.</param>
    /// <param name="to">The sequence number after the last.</param>
    /// <param name="cancellationToken">Cancels the read (checked every 65,536 rows).</param>
    /// <returns>The entries read (fewer than <paramref name="to"/> − <paramref name="from"/> when rows are missing).</returns>
    /// <exception cref="SqliteException">SQLite refused to open the file, the query or a step.</exception>
    /// <exception cref="FormatException">A stored date, quantity or version is not in its stored form.</exception>
    public static List<PointsEntry> Read(string file, TimeSpan busyTimeout, string ledger, long from, long to, CancellationToken cancellationToken)
    {
        var db = IntPtr.Zero;
        var statement = IntPtr.Zero;
        try
        {
            fixed (byte* name = Encoding.UTF8.GetBytes(file + "\0"))
            {
                Check(SqliteNative.Open(name, out db, SqliteNative.OpenReadWrite | SqliteNative.OpenNoMutex, IntPtr.Zero), db);
            }

            Check(SqliteNative.BusyTimeout(db, (int)Math.Clamp(busyTimeout.TotalMilliseconds, 0, int.MaxValue)), db);
            fixed (byte* sql = Query)
            {
                Check(SqliteNative.Prepare(db, sql, Query.Length, out statement, IntPtr.Zero), db);
            }

            var ledgerName = Encoding.UTF8.GetBytes(ledger);
            fixed (byte* text = ledgerName)
            {
                Check(SqliteNative.BindText(statement, 1, text, ledgerName.Length, SqliteNative.Transient), db);
            }

            Check(SqliteNative.BindInt64(statement, 2, from), db);
            Check(SqliteNative.BindInt64(statement, 3, to), db);
            // Sized by the range, but never beyond what a million rows need: a head whose count was altered upwards
            // must not make the reader reserve memory for rows that are not there.
            var entries = new List<PointsEntry>((int)Math.Clamp(to - from, 0, 1 << 20));
            ReadRows(db, statement, entries, cancellationToken);
            return entries;
        }
        finally
        {
            if (statement != IntPtr.Zero)
            {
                SqliteNative.Finalize(statement);
            }

            if (db != IntPtr.Zero)
            {
                SqliteNative.Close(db);
            }
        }
    }

    private static void ReadRows(IntPtr db, IntPtr statement, List<PointsEntry> entries, CancellationToken cancellationToken)
    {
        var values = new StoredEntryValues();
        Span<char> text = stackalloc char[256];

        // A restored entry copies its hash, so one buffer carries every 32-byte hash over (a hash of another length,
        // which never verifies, gets an array of its own).
        var hashBuffer = new byte[32];
        int step;
        while ((step = SqliteNative.Step(statement)) == SqliteNative.Row)
        {
            if ((entries.Count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sequence = SqliteNative.ColumnInt64(statement, 0);
            var entryId = EntryId.From(Encoding.UTF8.GetString(SqliteNative.Column(statement, 1)));
            var resident = ResidentId.From(Encoding.UTF8.GetString(SqliteNative.Column(statement, 2)));
            var kind = (EntryKind)SqliteNative.ColumnInt32(statement, 3);
            var rule = values.Rule(Chars(SqliteNative.Column(statement, 4), text));
            var version = values.Version(Chars(SqliteNative.Column(statement, 5), text));
            var source = Encoding.UTF8.GetString(SqliteNative.Column(statement, 6));
            var occurred = Date(SqliteNative.Column(statement, 7));
            var quantity = decimal.Parse(SqliteNative.Column(statement, 8), NumberStyles.Number, CultureInfo.InvariantCulture);
            var points = SqliteNative.ColumnInt64(statement, 9);
            var reverses = SqliteNative.ColumnType(statement, 10) == SqliteNative.Null
                ? (EntryId?)null
                : EntryId.From(Encoding.UTF8.GetString(SqliteNative.Column(statement, 10)));
            var recorded = SqliteNative.ColumnInt64(statement, 11);
            var keyId = values.KeyId(Chars(SqliteNative.Column(statement, 12), text));
            var stored = SqliteNative.Column(statement, 13);
            var hash = stored.Length == hashBuffer.Length ? hashBuffer : new byte[stored.Length];
            stored.CopyTo(hash);
            entries.Add(PointsEntry.Restore(
                sequence, entryId, resident, kind, rule, version, source, occurred, quantity, points, reverses,
                Instant.FromUnixTimeTicks(recorded), keyId, ImmutableCollectionsMarshal.AsImmutableArray(hash)));
        }

        if (step != SqliteNative.Done)
        {
            Check(step, db);
        }
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

    private static void Check(int result, IntPtr db)
    {
        if (result is not (SqliteNative.Ok or SqliteNative.Row or SqliteNative.Done))
        {
            throw new SqliteException(db == IntPtr.Zero ? $"SQLite error {result}." : SqliteNative.Message(db), result);
        }
    }
}
