using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ruicheng.TestUtilities;

/// <summary>
/// A throwaway PostgreSQL server for the test run: <c>initdb</c> in a temporary folder, <c>pg_ctl start</c> on a free
/// loopback port, stopped and deleted at the end (also when tests fail). As root it runs the server binaries as the
/// <c>postgres</c> user (initdb refuses root). Without the binaries the tests that need it fail with one line naming the
/// package to install — never a silent skip.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ruicheng-pg-{Guid.NewGuid():N}");
    private string? _bin;
    private int _port;
    private int _databases;

    /// <summary>Why the server could not start, or null when it runs.</summary>
    public string? Failure { get; private set; }

    /// <summary>Starts the server (or records why it cannot start in <see cref="Failure"/>).</summary>
    public async Task StartAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault()
            : null;
        if (_bin is null)
        {
            Failure = "PostgreSQL server binaries (initdb, pg_ctl) not found: install the postgresql-15 package (apt-get install postgresql-15).";
            return;
        }

        Directory.CreateDirectory(_folder);
        if (IsRoot())
        {
            Run("chown", ["postgres:postgres", _folder], asPostgres: false);
        }

        _port = FreePort();
        Run(Path.Combine(_bin, "initdb"), ["-D", Path.Combine(_folder, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], asPostgres: true);
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "server.log"), "-w", "-o",
            $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"], asPostgres: true);
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Stops the server and removes its folder.</summary>
    public ValueTask DisposeAsync()
    {
        if (_bin is not null && Directory.Exists(Path.Combine(_folder, "data")))
        {
            try
            {
                Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], asPostgres: true);
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folder is removed below either way.
            }
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A new, empty database on the server, for one test; its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        if (Failure is not null)
        {
            throw new InvalidOperationException(Failure);
        }

        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        var admin = $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return $"Host=127.0.0.1;Port={_port};Username=postgres;Database={name};Pooling=false";
    }

    private static bool IsRoot() => Environment.UserName == "root";

    private static void Run(string file, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && IsRoot())
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = file;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} did not finish within 60 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {error.Result.Trim()} {output.Result.Trim()}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
