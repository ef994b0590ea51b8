using System.Diagnostics;
using System.Text;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 18: a run killed with SIGKILL mid-way must leave no partial output file. The real tool runs as a child
/// process on an export large enough to take a while, and is killed at several moments; the target is then either
/// absent or byte-for-byte the complete output, and no temporary file survives the next run.
/// </summary>
public sealed class KilledRunLeavesNoPartialOutput : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-kill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void KilledAtAnyMoment_TheOutputIsAbsentOrComplete()
    {
        var entries = Path.Combine(_folder, "entries.csv");
        WriteExport(entries, rows: 1_200_000);
        var reference = Path.Combine(_folder, "reference.csv");
        Assert.Equal(1, RunToEnd(entries, reference));
        var complete = File.ReadAllBytes(reference);

        var killedBeforeTheEnd = 0;
        var target = Path.Combine(_folder, "tiers.csv");
        foreach (var delay in new[] { 150, 500, 900, 1300 })
        {
            File.Delete(target);
            using var child = Start(entries, target);
            if (!child.WaitForExit(delay))
            {
                child.Kill(entireProcessTree: true);
                killedBeforeTheEnd++;
            }

            child.WaitForExit();
            Assert.True(!File.Exists(target) || File.ReadAllBytes(target).AsSpan().SequenceEqual(complete), $"killed after {delay} ms: a partial {target}");
        }

        Assert.True(killedBeforeTheEnd >= 2, $"only {killedBeforeTheEnd} run(s) were killed before they ended; the export is too small to test anything");
        Assert.Equal(1, RunToEnd(entries, target));
        Assert.Equal(complete, File.ReadAllBytes(target));
        Assert.Empty(Directory.EnumerateFiles(_folder, ".tiers.csv.*.tmp"));
    }

    private static void WriteExport(string path, int rows)
    {
        var random = new Random(18);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("resident,rule,date,quantity\n");
        writer.Write("R-bad,no-such-rule,2026-01-01,1\n");
        for (var i = 0; i < rows; i++)
        {
            writer.Write($"R-{random.Next(200_000)},security-patrol,2026-0{1 + random.Next(6)}-{10 + random.Next(18)},1\n");
        }
    }

    private static Process Start(string entries, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "ruicheng.dll"), "score", "--entries", entries, "--as-of", "2026-06-30", "--out", output, "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int RunToEnd(string entries, string output)
    {
        using var child = Start(entries, output);
        child.WaitForExit();
        return child.ExitCode;
    }
}
