using System.Runtime.InteropServices;

namespace Ruicheng.Storage;

/// <summary>
/// The few SQLite C functions the ledger reader calls, bound to the same native library Microsoft.Data.Sqlite loads
/// (<c>e_sqlite3</c>). A connection opened here is used only through these functions, never mixed with another
/// binding. The column accessors skip the GC transition: they read a value of the current row and return at once.
/// </summary>
internal static unsafe class SqliteNative
{
    /// <summary>The native library's name, as SQLitePCLRaw reports it for its e_sqlite3 provider.</summary>
    public const string Library = "e_sqlite3";

    public const int Ok = 0;
    public const int Row = 100;
    public const int Done = 101;
    public const int Null = 5;
    public const int OpenReadWrite = 0x2;
    public const int OpenNoMutex = 0x8000;

    /// <summary>Tells SQLite to copy a bound value before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [DllImport(Library, EntryPoint = "sqlite3_open_v2")]
    public static extern int Open(byte* filename, out IntPtr db, int flags, IntPtr vfs);

    [DllImport(Library, EntryPoint = "sqlite3_close_v2")]
    public static extern int Close(IntPtr db);

    [DllImport(Library, EntryPoint = "sqlite3_busy_timeout")]
    public static extern int BusyTimeout(IntPtr db, int milliseconds);

    [DllImport(Library, EntryPoint = "sqlite3_errmsg")]
    public static extern IntPtr ErrorMessage(IntPtr db);

    [DllImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    public static extern int Prepare(IntPtr db, byte* sql, int length, out IntPtr statement, IntPtr tail);

    [DllImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static extern int BindText(IntPtr statement, int index, byte* text, int length, IntPtr destructor);

    [DllImport(Library, EntryPoint = "sqlite3_bind_int64")]
    public static extern int BindInt64(IntPtr statement, int index, long value);

    [DllImport(Library, EntryPoint = "sqlite3_step")]
    public static extern int Step(IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_finalize")]
    public static extern int Finalize(IntPtr statement);

    [DllImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static extern long ColumnInt64(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_int")]
    [SuppressGCTransition]
    public static extern int ColumnInt32(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static extern int ColumnType(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    private static extern byte* ColumnBlob(IntPtr statement, int column);

    [DllImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    private static extern int ColumnBytes(IntPtr statement, int column);

    /// <summary>
    /// A text or blob column of the current row as the bytes SQLite holds (text as UTF-8), valid until the next step.
    /// The pointer is taken before the length, as SQLite requires.
    /// </summary>
    public static ReadOnlySpan<byte> Column(IntPtr statement, int column)
    {
        var bytes = ColumnBlob(statement, column);
        return new ReadOnlySpan<byte>(bytes, ColumnBytes(statement, column));
    }

    /// <summary>The connection's last error message.</summary>
    public static string Message(IntPtr db) => Marshal.PtrToStringUTF8(ErrorMessage(db)) ?? "unknown SQLite error";
}
