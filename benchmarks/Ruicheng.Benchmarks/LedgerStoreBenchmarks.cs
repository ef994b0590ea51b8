using Ruicheng.Primitives;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Storage;
using Ruicheng.TestUtilities;

namespace Ruicheng.Benchmarks;

/// <summary>
/// Issue 12: appending a county's ledger to a store (target ≥ 50,000 entries/s on SQLite) and reopening it with the
/// whole chain verified (target ≥ 500,000 entries/s), on an embedded SQLite file and on a local PostgreSQL 15 server
/// started for the run. Each operation covers <see cref="Entries"/> entries; one cold run per iteration.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class LedgerStoreBenchmarks
{
    private static readonly bool Smoke = Environment.GetEnvironmentVariable("RUICHENG_BENCH_SMOKE") == "1";
    private readonly List<string> _files = [];
    private PostgresServer? _postgres;
    private PointsLedger _ledger = null!;
    private RuichengStore _filled = null!;
    private RuichengStore _empty = null!;

    [Params(StoreProvider.Sqlite, StoreProvider.PostgreSql)]
    public StoreProvider Provider { get; set; }

    public int Entries => Smoke ? 2_000 : 1_000_000;

    [GlobalSetup]
    public void Setup()
    {
        var rulebook = CivilityRulebookFile.LoadRuicheng();
        _ledger = new PointsLedger(rulebook, CivilityArbitraries.Key);
        var recorded = Instant.FromUtc(2026, 6, 30, 2, 0);
        var rules = new[] { "security-patrol", "volunteer-labour", "filial-care", "courtyard-model" }.Select(RuleId.From).ToArray();
        var drafts = Enumerable.Range(0, Entries).Select(i => EntryDraft.Award(
            ResidentId.From($"R-{i % 400_000:D6}"), $"e{i}", rules[i % rules.Length], new LocalDate(2024, 1, 1).PlusDays(i % 900), 1, recorded, review: "council minute"));
        var report = _ledger.Ingest(drafts);
        if (report.Appended.Length != Entries)
        {
            throw new InvalidOperationException($"setup ingested {report.Appended.Length} of {Entries}: {string.Join("; ", report.Rejected.Take(3))}");
        }

        if (Provider == StoreProvider.PostgreSql)
        {
            _postgres = new PostgresServer();
            _postgres.StartAsync().GetAwaiter().GetResult();
        }

        _filled = NewStore();
        var appended = _filled.Ledgers.AppendAsync("county", _ledger).GetAwaiter().GetResult();
        if (appended.IsFailure || appended.Value != Entries)
        {
            throw new InvalidOperationException($"setup append failed: {appended}");
        }
    }

    [IterationSetup(Target = nameof(Append))]
    public void EmptyStore() => _empty = NewStore();

    [Benchmark(Description = "append the ledger to an empty store")]
    public int Append() => _empty.Ledgers.AppendAsync("county", _ledger).GetAwaiter().GetResult().Value;

    [Benchmark(Description = "reopen the ledger, whole chain verified")]
    public int OpenAndVerify() =>
        _filled.Ledgers.OpenAsync("county", _ledger.Rulebook, CivilityArbitraries.Key, []).GetAwaiter().GetResult().Value.Entries.Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        _postgres?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }

    private RuichengStore NewStore()
    {
        RuichengStore store;
        if (Provider == StoreProvider.PostgreSql)
        {
            store = RuichengStore.PostgreSql(_postgres!.NewDatabaseAsync().GetAwaiter().GetResult());
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"ruicheng-bench-{_files.Count}-{Environment.ProcessId}.db");
            File.Delete(path);
            _files.Add(path);
            store = RuichengStore.Sqlite(path);
        }

        var opened = store.OpenAsync().GetAwaiter().GetResult();
        return opened.IsSuccess ? store : throw new InvalidOperationException(opened.ToString());
    }
}
