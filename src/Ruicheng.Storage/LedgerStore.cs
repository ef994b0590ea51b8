using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Ledger.Rules;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// The civility ledgers of a store (积分台账), each by name: an append-only table (this API offers no update or delete,
/// and the database refuses them), unique on (ledger, sequence) and on the idempotency key (resident, source event,
/// rule), with the head kept beside it. Opening verifies the whole chain against the kept head.
/// </summary>
public sealed class LedgerStore
{
    private readonly RuichengStore _store;

    internal LedgerStore(RuichengStore store) => _store = store;

    /// <summary>Below this many entries per range, another reader costs more than it saves (tests lower it to cross range edges).</summary>
    internal long EntriesPerReader { get; set; } = 100_000;

    /// <summary>
    /// Opens a stored ledger so that it takes new entries where it left off: reads every entry in sequence order,
    /// verifies the chain with the keys against the kept head, and rebuilds it (<see cref="PointsLedger.Restore"/>).
    /// An empty or unknown ledger opens empty. A ledger whose chain was altered, reordered or truncated opens as a
    /// failure naming the first bad entry (<c>ledger.restore.*</c>), and nothing is written to it: the host decides. So
    /// does one whose chain verifies but whose kept head counts more (or fewer) entries than are stored
    /// (<c>ledger.restore.inconsistent</c> at <c>entries[n]</c>, n the number stored).
    /// </summary>
    /// <param name="ledger">The ledger's name (1–64 characters).</param>
    /// <param name="rulebook">The rulebook the ledger is on.</param>
    /// <param name="signingKey">The key that signs new entries.</param>
    /// <param name="earlierKeys">Keys stored entries were signed with before a rotation; empty if none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<Result<PointsLedger>> OpenAsync(
        string ledger, CivilityRulebook rulebook, LedgerKey signingKey, IEnumerable<LedgerKey> earlierKeys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ledger);
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(earlierKeys);
        await using var context = _store.CreateContext();
        // The head first, then the entries it counts: entries never change and an append commits its entries with the
        // head, so this is a consistent snapshot without holding a transaction while a concurrent writer appends.
        var head = await context.LedgerHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Ledger == ledger, cancellationToken).ConfigureAwait(false);
        var entries = head is null
            ? await ReadEntriesAsync(context, ledger, 0, long.MaxValue, cancellationToken).ConfigureAwait(false)
            : await ReadInRangesAsync(context, ledger, head.Count, cancellationToken).ConfigureAwait(false);
        if (head is null && entries.Count == 0)
        {
            return Result<PointsLedger>.Success(new PointsLedger(rulebook, signingKey));
        }

        var restored = PointsLedger.Restore(rulebook, entries, signingKey, earlierKeys, head?.Head ?? []);

        // A head whose count alone was altered still names the last stored entry's hash, so the chain verifies: the
        // count is checked too (a chain that does not verify is reported first, at its first bad entry).
        return restored.IsSuccess && head is not null && entries.Count != head.Count
            ? Result<PointsLedger>.Failure(RuleViolation.At(
                RestoredLedgerMustBeConsistentRule.Id,
                $"entries[{entries.Count}]",
                $"The store's head counts {head.Count} entries but {entries.Count} are stored: entries were removed or the head was altered."))
            : restored;
    }

    /// <summary>
    /// Appends the entries of <paramref name="source"/> the store does not hold yet (those after its kept count), in one
    /// transaction, and moves the kept head. When another writer appended first — the store holds entries this ledger
    /// does not, or a sequence number or idempotency key is already taken — nothing is written and the result is a
    /// <see cref="StoreRules.LedgerConflict"/>: reopen the ledger, ingest again, and retry. The chain never forks.
    /// </summary>
    /// <param name="ledger">The ledger's name.</param>
    /// <param name="source">The ledger in memory, opened from this store (or new) and then appended to.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of entries appended (0 when the store already held them all), or the conflict.</returns>
    public async Task<Result<int>> AppendAsync(string ledger, PointsLedger source, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ledger);
        ArgumentNullException.ThrowIfNull(source);
        var entries = source.Entries;
        await using var context = _store.CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var head = await context.LedgerHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Ledger == ledger, cancellationToken).ConfigureAwait(false);
        var stored = head?.Count ?? 0;
        if (stored > entries.Count || (stored > 0 && !entries[(int)stored - 1].Hash.AsSpan().SequenceEqual(head!.Head)))
        {
            return Conflict(ledger, stored);
        }

        if (stored == entries.Count)
        {
            return Result<int>.Success(0);
        }

        var connection = context.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        try
        {
            // Plain statements, not change tracking: a county appends hundreds of thousands of entries at a time.
            var rows = Enumerable.Range((int)stored, entries.Count - (int)stored).Select(i => ToRow(ledger, entries[i]));
            if (connection is Npgsql.NpgsqlConnection postgres)
            {
                await LedgerBulkWriter.CopyAsync(postgres, rows, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await LedgerBulkWriter.InsertAsync(connection, dbTransaction, rows, cancellationToken).ConfigureAwait(false);
            }

            var moved = await LedgerBulkWriter.MoveHeadAsync(connection, dbTransaction, ledger, head is null ? null : stored, entries.Count, [.. entries[^1].Hash], cancellationToken).ConfigureAwait(false);
            if (!moved)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return Conflict(ledger, stored);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return Result<int>.Success(entries.Count - (int)stored);
        }
        catch (DbException)
        {
            return Conflict(ledger, stored);
        }
    }

    /// <summary>How many entries a stored ledger holds (0 for an unknown ledger).</summary>
    /// <param name="ledger">The ledger's name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<long> CountAsync(string ledger, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ledger);
        await using var context = _store.CreateContext();
        return await context.LedgerHeads.Where(h => h.Ledger == ledger).Select(h => h.Count).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Result<int> Conflict(string ledger, long stored) =>
        Result<int>.Failure(RuleViolation.Of(
            StoreRules.LedgerConflict,
            $"Ledger '{ledger}' changed in the store since it was opened (the store now holds {stored} entries); reopen it, ingest again and retry.",
            Figure.Of("stored", stored)));

    private static LedgerEntryRow ToRow(string ledger, PointsEntry e) => new()
    {
        Ledger = ledger,
        Sequence = e.Sequence,
        EntryId = e.Id.Value,
        Resident = e.Resident.Value,
        Kind = (int)e.Kind,
        RuleKey = e.Rule?.Value ?? string.Empty,
        RulebookVersion = e.RulebookVersion.ToString(),
        SourceEventId = e.SourceEventId,
        OccurredOn = new DateOnly(e.OccurredOn.Year, e.OccurredOn.Month, e.OccurredOn.Day),
        Quantity = e.Quantity.ToString(CultureInfo.InvariantCulture),
        Points = e.Points,
        Reverses = e.Reverses?.Value,
        RecordedAtTicks = e.RecordedAt.ToUnixTimeTicks(),
        KeyId = e.KeyId,
        Hash = [.. e.Hash],
    };

    /// <summary>
    /// Reads the entries below <paramref name="count"/> in sequence order: a large ledger in contiguous ranges of
    /// sequence numbers, one connection per core, put back in order (reading a row costs more than verifying it, and
    /// the database serves several readers at once). An SQLite file is read through <see cref="SqliteLedgerReader"/>,
    /// each range on a connection of its own; a small ledger elsewhere on the context's connection.
    /// </summary>
    private async Task<IReadOnlyList<PointsEntry>> ReadInRangesAsync(RuichengDbContext context, string ledger, long count, CancellationToken cancellationToken)
    {
        var ranges = (int)Math.Clamp(count / EntriesPerReader, 1, Environment.ProcessorCount);
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var sqlite = context.Database.GetDbConnection() as Microsoft.Data.Sqlite.SqliteConnection;
        var file = sqlite is null ? null : SqliteLedgerReader.FileOf(sqlite);
        var timeout = TimeSpan.FromSeconds(sqlite?.DefaultTimeout ?? 0);
        if (file is null && ranges == 1)
        {
            return await ReadEntriesAsync(context, ledger, 0, count, cancellationToken).ConfigureAwait(false);
        }

        var parts = await Task.WhenAll(Enumerable.Range(0, ranges).Select(r => Task.Run(
            async () =>
            {
                var (from, to) = (count * r / ranges, count * (r + 1) / ranges);
                if (file is not null)
                {
                    return SqliteLedgerReader.Read(file, timeout, ledger, from, to, cancellationToken);
                }

                await using var own = _store.CreateContext();
                return await ReadEntriesAsync(own, ledger, from, to, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken))).ConfigureAwait(false);

        // One array of exactly the rows read (a range short of rows, removed from the store, leaves a gap the chain's
        // verification names): no per-range growth, no reserve for rows a head claims but the table lacks.
        var entries = new PointsEntry[parts.Sum(p => p.Count)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(entries, at);
            at += part.Count;
        }

        return entries;
    }

    /// <summary>
    /// Reads a ledger's entries in sequence order with a plain data reader (no change tracking, no materializer): a
    /// county's million entries are read in one pass, the values that repeat (rule ids, versions, key ids, residents)
    /// parsed once each. (An SQLite file is read through <see cref="SqliteLedgerReader"/> instead.)
    /// </summary>
    private static async Task<List<PointsEntry>> ReadEntriesAsync(RuichengDbContext context, string ledger, long from, long to, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Sequence\", \"EntryId\", \"Resident\", \"Kind\", \"RuleKey\", \"RulebookVersion\", \"SourceEventId\", \"OccurredOn\", \"Quantity\", \"Points\", \"Reverses\", \"RecordedAtTicks\", \"KeyId\", \"Hash\" "
            + "FROM ledger_entries WHERE \"Ledger\" = @ledger AND \"Sequence\" >= @from AND \"Sequence\" < @to ORDER BY \"Sequence\"";
        var ledgerParameter = command.CreateParameter();
        ledgerParameter.ParameterName = "@ledger";
        ledgerParameter.Value = ledger;
        command.Parameters.Add(ledgerParameter);
        foreach (var (name, value) in new[] { ("@from", from), ("@to", to) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        var values = new StoredEntryValues();
        var entries = new List<PointsEntry>();
        var hashBuffer = new byte[32];
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if ((entries.Count & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sequence = reader.GetInt64(0);
            var entryId = EntryId.From(reader.GetString(1));
            var resident = values.Resident(reader.GetString(2));
            var kind = (EntryKind)reader.GetInt32(3);
            var rule = values.Rule(reader.GetString(4));
            var version = values.Version(reader.GetString(5));
            var source = reader.GetString(6);
            var occurred = reader.GetFieldValue<DateOnly>(7);
            var quantity = decimal.Parse(reader.GetString(8), NumberStyles.Number, CultureInfo.InvariantCulture);
            var points = reader.GetInt64(9);
            var reverses = reader.IsDBNull(10) ? (EntryId?)null : EntryId.From(reader.GetString(10));
            var recorded = reader.GetInt64(11);
            var keyId = values.KeyId(reader.GetString(12));
            // A restored entry copies its hash: one buffer carries every 32-byte hash over.
            var length = reader.GetBytes(13, 0, null, 0, 0);
            var hash = length == hashBuffer.Length ? hashBuffer : new byte[length];
            reader.GetBytes(13, 0, hash, 0, hash.Length);
            entries.Add(PointsEntry.Restore(
                sequence, entryId, resident, kind, rule, version, source, new LocalDate(occurred.Year, occurred.Month, occurred.Day), quantity, points, reverses,
                Instant.FromUnixTimeTicks(recorded), keyId, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(hash)));
        }

        return entries;
    }
}
