using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>Writes ledger rows and moves the head with plain statements inside the caller's transaction.</summary>
internal static class LedgerBulkWriter
{
    private const string Columns =
        "\"Ledger\", \"Sequence\", \"EntryId\", \"Resident\", \"Kind\", \"RuleKey\", \"RulebookVersion\", \"SourceEventId\", \"OccurredOn\", \"Quantity\", \"Points\", \"Reverses\", \"RecordedAtTicks\", \"KeyId\", \"Hash\"";

    /// <summary>One prepared INSERT, executed per row (SQLite: fast within one transaction).</summary>
    public static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<LedgerEntryRow> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO ledger_entries ({Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14)";
        var parameters = new DbParameter[15];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"@p{i}";
            command.Parameters.Add(parameters[i]);
        }

        foreach (var row in rows)
        {
            parameters[0].Value = row.Ledger;
            parameters[1].Value = row.Sequence;
            parameters[2].Value = row.EntryId;
            parameters[3].Value = row.Resident;
            parameters[4].Value = row.Kind;
            parameters[5].Value = row.RuleKey;
            parameters[6].Value = row.RulebookVersion;
            parameters[7].Value = row.SourceEventId;
            parameters[8].Value = row.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            parameters[9].Value = row.Quantity;
            parameters[10].Value = row.Points;
            parameters[11].Value = (object?)row.Reverses ?? DBNull.Value;
            parameters[12].Value = row.RecordedAtTicks;
            parameters[13].Value = row.KeyId;
            parameters[14].Value = row.Hash;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>PostgreSQL's binary COPY: one stream for all rows (a duplicate key fails the whole copy).</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<LedgerEntryRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY ledger_entries ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Ledger, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Sequence, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.EntryId, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Resident, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Kind, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.RuleKey, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.RulebookVersion, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.SourceEventId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.OccurredOn, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Quantity, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Points, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            if (row.Reverses is null)
            {
                await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await writer.WriteAsync(row.Reverses, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            }

            await writer.WriteAsync(row.RecordedAtTicks, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.KeyId, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(row.Hash, NpgsqlDbType.Bytea, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the head (<paramref name="expectedCount"/> null) or moves it only if it still counts <paramref name="expectedCount"/>.</summary>
    /// <returns>Whether the head moved (false: another writer moved it first).</returns>
    public static async Task<bool> MoveHeadAsync(
        DbConnection connection, DbTransaction transaction, string ledger, long? expectedCount, long count, byte[] head, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = expectedCount is null
            ? "INSERT INTO ledger_heads (\"Ledger\", \"Count\", \"Head\") VALUES (@ledger, @count, @head)"
            : "UPDATE ledger_heads SET \"Count\" = @count, \"Head\" = @head WHERE \"Ledger\" = @ledger AND \"Count\" = @expected";
        Add(command, "@ledger", ledger);
        Add(command, "@count", count);
        Add(command, "@head", head);
        if (expectedCount is { } expected)
        {
            Add(command, "@expected", expected);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
