using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ruicheng.Fuzz;

/// <summary>
/// The seeded mutation fuzzer over every loader. CI runs it bounded (fixed seed and count); run it longer on demand:
/// <c>dotnet run --project tests/Ruicheng.Fuzz -c Release -- --seed 7 --minutes 10</c>. Exit code 1 when anything
/// crashed or was accepted and then unusable; each distinct failure site is written, minimised, under <c>--out</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--replay", var name, var file])
        {
            return Replay(name, file);
        }

        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: Ruicheng.Fuzz [--seed N] [--count N | --minutes M] [--target NAME] [--out FOLDER]  |  --replay TARGET FILE");
            return 2;
        }

        Console.WriteLine($"fuzzing with seed {options.Seed}, {(options.Minutes > 0 ? $"{options.Minutes} minute(s) per loader" : $"{options.Count} inputs per loader")}");
        Console.WriteLine($"{"loader",-46} {"inputs",8} {"accepted",9} {"refused",8} {"crashes",8} {"unusable",9} {"sites",6} {"ms",7}");
        var failed = false;
        foreach (var target in Targets.All.Where(t => options.Target is null || t.Name.Contains(options.Target, StringComparison.OrdinalIgnoreCase)))
        {
            var stats = Run(target, options);
            failed |= stats.Crashes + stats.Unusable > 0;
            Console.WriteLine($"{target.Name,-46} {stats.Inputs,8} {stats.Accepted,9} {stats.Refused,8} {stats.Crashes,8} {stats.Unusable,9} {stats.Sites.Count,6} {stats.Elapsed.TotalMilliseconds,7:0}");
            foreach (var (site, path) in stats.Sites)
            {
                Console.WriteLine($"    {site}  → {path}");
            }
        }

        Console.WriteLine(failed ? "fuzzing FAILED: see the sites above" : "fuzzing passed: 0 crashes, 0 accepted-then-unusable");
        return failed ? 1 : 0;
    }

    /// <summary>Runs one saved input through a loader and prints what happened, with the whole exception.</summary>
    private static int Replay(string name, string file)
    {
        var target = Targets.All.FirstOrDefault(t => t.Name.Contains(name, StringComparison.OrdinalIgnoreCase));
        if (target is null || !File.Exists(file))
        {
            Console.Error.WriteLine($"no loader matching '{name}', or no file '{file}'");
            return 2;
        }

        var input = File.ReadAllBytes(file);
        Action? oracle;
        try
        {
            oracle = target.Load(input);
        }
#pragma warning disable CA1031 // Replaying reports any exception.
        catch (Exception exception)
        {
            Console.WriteLine($"load crashed: {exception}");
            return 1;
        }

        if (oracle is null)
        {
            Console.WriteLine("refused with a report");
            return 0;
        }

        try
        {
            oracle();
            Console.WriteLine("accepted and usable");
            return 0;
        }
        catch (Exception exception)
        {
            Console.WriteLine($"accepted, then: {exception}");
            return 1;
        }
#pragma warning restore CA1031
    }

    private static Stats Run(FuzzTarget target, Options options)
    {
        var random = new Random(options.Seed ^ StableHash(target.Name));
        var stats = new Stats();
        var clock = Stopwatch.StartNew();
        var budget = TimeSpan.FromMinutes(options.Minutes);

        // The seeds themselves first: every sample and built-in document must load and be usable.
        var queue = new Queue<byte[]>(target.Seeds.Select(Encoding.UTF8.GetBytes));
        while (options.Minutes > 0 ? clock.Elapsed < budget : stats.Inputs < options.Count + target.Seeds.Count)
        {
            var input = queue.Count > 0 ? queue.Dequeue() : Mutate(target, random);
            stats.Inputs++;
            var (kind, site) = Classify(target, input);
            switch (kind)
            {
                case Verdict.Refused:
                    stats.Refused++;
                    break;
                case Verdict.Accepted:
                    stats.Accepted++;
                    break;
                case Verdict.Crash or Verdict.Unusable:
                    if (kind == Verdict.Crash)
                    {
                        stats.Crashes++;
                    }
                    else
                    {
                        stats.Unusable++;
                    }

                    if (!stats.Sites.ContainsKey(site!))
                    {
                        stats.Sites[site!] = Save(target, site!, Minimise(target, input, site!), options.Out);
                    }

                    break;
            }
        }

        stats.Elapsed = clock.Elapsed;
        return stats;
    }

    private static byte[] Mutate(FuzzTarget target, Random random)
    {
        var seed = target.Seeds[random.Next(target.Seeds.Count)];
        return target.IsCsv ? Mutator.MutateCsv(random, seed) : Mutator.MutateJson(random, seed);
    }

    private static (Verdict Kind, string? Site) Classify(FuzzTarget target, byte[] input)
    {
        Action? oracle;
        try
        {
            oracle = target.Load(input);
        }
        catch (OracleFailure failure)
        {
            return (Verdict.Crash, "tool: " + failure.Message.Split(' ')[1] + " " + Scrub(failure.Message));
        }
#pragma warning disable CA1031 // Any exception is the finding.
        catch (Exception exception)
        {
            return (Verdict.Crash, SiteOf(exception));
        }

        if (oracle is null)
        {
            return (Verdict.Refused, null);
        }

        try
        {
            oracle();
            return (Verdict.Accepted, null);
        }
        catch (OracleFailure failure)
        {
            return (Verdict.Unusable, "oracle: " + Scrub(failure.Message));
        }
        catch (Exception exception)
        {
            return (Verdict.Unusable, "accepted, then " + SiteOf(exception));
        }
#pragma warning restore CA1031
    }

    /// <summary>The exception's type and the innermost Ruicheng frame: one site however many inputs reach it.</summary>
    private static string SiteOf(Exception exception)
    {
        var frame = new StackTrace(exception, false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.FullName?.StartsWith("Ruicheng.", StringComparison.Ordinal) == true && m.DeclaringType.FullName?.StartsWith("Ruicheng.Fuzz", StringComparison.Ordinal) == false);
        return $"{exception.GetType().Name} in {frame?.DeclaringType?.Name}.{frame?.Name}";
    }

    private static string Scrub(string message) => string.Concat(message.Where(c => !char.IsDigit(c))).Replace(Path.GetTempPath(), string.Empty, StringComparison.Ordinal);

    /// <summary>Greedy minimisation: drop lines, then runs of characters, while the same site still fails.</summary>
    private static byte[] Minimise(FuzzTarget target, byte[] input, string site)
    {
        var current = input;
        var attempts = 0;
        for (var chunk = Math.Max(1, current.Length / 2); chunk >= 1 && attempts < 400; chunk /= 2)
        {
            for (var start = 0; start < current.Length && attempts < 400; start += chunk)
            {
                var candidate = current[..start].Concat(current[Math.Min(current.Length, start + chunk)..]).ToArray();
                attempts++;
                if (Classify(target, candidate).Site == site)
                {
                    current = candidate;
                    start -= chunk;
                }
            }
        }

        return current;
    }

    private static string Save(FuzzTarget target, string site, byte[] input, string folder)
    {
        var directory = Path.Combine(folder, string.Concat(target.Name.Where(char.IsAsciiLetterOrDigit)));
        Directory.CreateDirectory(directory);
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(site)))[..12] + ".input";
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, input);
        File.WriteAllText(path + ".site.txt", site + Environment.NewLine);
        return path;
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    private enum Verdict
    {
        Refused,
        Accepted,
        Crash,
        Unusable,
    }

    private sealed class Stats
    {
        public int Inputs { get; set; }

        public int Accepted { get; set; }

        public int Refused { get; set; }

        public int Crashes { get; set; }

        public int Unusable { get; set; }

        public SortedDictionary<string, string> Sites { get; } = new(StringComparer.Ordinal);

        public TimeSpan Elapsed { get; set; }
    }

    private sealed record Options(int Seed, int Count, double Minutes, string? Target, string Out)
    {
        public static Options? Parse(string[] args)
        {
            var seed = 20261130;
            var count = 1000;
            var minutes = 0d;
            string? target = null;
            var output = Path.Combine("artifacts", "fuzz");
            for (var i = 0; i < args.Length; i++)
            {
                var value = i + 1 < args.Length ? args[i + 1] : null;
                switch (args[i])
                {
                    case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out seed):
                    case "--count" when int.TryParse(value, CultureInfo.InvariantCulture, out count) && count >= 0:
                    case "--minutes" when double.TryParse(value, CultureInfo.InvariantCulture, out minutes) && minutes >= 0:
                        i++;
                        break;
                    case "--target" when value is not null:
                        target = value;
                        i++;
                        break;
                    case "--out" when value is not null:
                        output = value;
                        i++;
                        break;
                    default:
                        return null;
                }
            }

            return new Options(seed, count, minutes, target, output);
        }
    }
}
