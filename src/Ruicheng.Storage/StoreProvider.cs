namespace Ruicheng.Storage;

/// <summary>Which database a <see cref="RuichengStore"/> keeps its state in.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite file (the default; one county office, one file).</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server (a county's shared database).</summary>
    PostgreSql = 1,
}
