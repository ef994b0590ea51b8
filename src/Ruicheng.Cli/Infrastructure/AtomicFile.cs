using System.Diagnostics;
using System.Globalization;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>
/// Writes output files atomically: to a temporary file beside the target (<c>.NAME.PID.tmp</c>), then a rename, so a
/// failed or killed run never leaves a half-written file under the target's name. Output is written only after
/// every input has been read and every figure computed. A temporary file left by a killed run (its process gone) is
/// removed by the next run that writes the same target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Checks, before any work is done, that <paramref name="path"/> can be an output file; returns its full path.</summary>
    public static string Check(string path, string option)
    {
        string full;
        string? directory;
        try
        {
            full = Path.GetFullPath(path);
            directory = Path.GetDirectoryName(full);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UnusableInputException($"{option}: '{path}' is not a usable file path ({exception.Message})");
        }

        if (directory is null || Path.GetFileName(full).Length == 0)
        {
            throw new UnusableInputException($"{option}: '{path}' is not a file path");
        }

        if (!Directory.Exists(directory))
        {
            throw new UnusableInputException($"{option}: the folder '{directory}' does not exist");
        }

        if (Directory.Exists(full))
        {
            throw new UnusableInputException($"{option}: '{path}' is a folder, not a file");
        }

        return full;
    }

    public static void Write(string path, string option, Action<TextWriter> write)
    {
        var full = Check(path, option);
        var directory = Path.GetDirectoryName(full)!;
        RemoveStaleTemporaries(directory, Path.GetFileName(full));
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"{option}: cannot write '{path}' ({exception.Message})");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static void RemoveStaleTemporaries(string directory, string name)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, $".{name}.*.tmp").ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var pidText = Path.GetFileName(candidate)[(name.Length + 2)..^4];
            if (int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                try
                {
                    File.Delete(candidate);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Another run may be removing it too; a leftover temporary never hides the target.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
