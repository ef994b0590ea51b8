using System.Diagnostics;
using System.Text.Json;
using static Ruicheng.Cli.Tests.CliRunner;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 16: the tool broke its own contract — errors on stdout, wrapped at 80 columns when piped, plain text even
/// with --json; --out into a missing folder crashed (exit 134); unknown options were ignored; no --version; required
/// options unmarked; <c>hierarchy --under 140830106</c> refused the code the tree prints; <c>disputes tick</c> said
/// "across 5 case(s)" when 4 had deadlines.
/// </summary>
public sealed class ToolKeepsItsContract : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruicheng-contract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AnError_GoesToStandardError_AsOneLine_AndNothingToStandardOutput()
    {
        var (exit, output, error) = RunSplit("score", "--entries", Path.Combine(_folder, "missing.csv"), "--as-of", "2026-06-30");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains("--entries: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithJson_AnErrorIsOneJsonObject_OnStandardError()
    {
        var (exit, output, error) = RunSplit("score", "--entries", Path.Combine(_folder, "missing.csv"), "--as-of", "2026-06-30", "--json");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        using var document = JsonDocument.Parse(error);
        Assert.Equal(2, document.RootElement.GetProperty("error").GetProperty("exitCode").GetInt32());
        Assert.Contains("file not found", document.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APipedRun_WritesTheErrorUnwrapped_ToStandardError()
    {
        var longPath = Path.Combine(_folder, new string('x', 150), "entries-with-a-long-name.csv");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "ruicheng.dll"), "score", "--entries", longPath, "--as-of", "2026-06-30" })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = await child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        Assert.Equal(2, child.ExitCode);
        Assert.Equal(string.Empty, await stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(longPath, line, StringComparison.Ordinal);
        Assert.True(line.Length > 200);
    }

    [Theory]
    [InlineData("score", "--entries", "x.csv", "--as-of", "2026-06-30", "--bogus")]
    [InlineData("validate", "a.json", "b.json")]
    [InlineData("demo", "--colour")]
    [InlineData("hierarchy", "extra")]
    public void UnknownOptionsOrArguments_AreExit2(params string[] args)
    {
        var (exit, _, error) = RunSplit(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsThePackageVersion()
    {
        var (exit, output, _) = RunSplit("--version");
        Assert.Equal(0, exit);
        Assert.Equal(RuichengApp.Version, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Theory]
    [InlineData("score", "--entries")]
    [InlineData("score", "--as-of")]
    [InlineData("distribute", "--plan")]
    [InlineData("distribute", "--register")]
    [InlineData("distribute", "--income")]
    [InlineData("distribute", "--year")]
    public void RequiredOptions_AreMarkedInHelp(string command, string option)
    {
        var (_, output, _) = RunSplit(command, "--help");
        var line = output.Split('\n').First(l => l.Contains(option + " <", StringComparison.Ordinal));
        Assert.Contains("Required.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRequiredOption_IsExit2_NamingIt()
    {
        var (exit, _, error) = RunSplit("disputes", "tick", "--cases", Sample("cases.json"));
        Assert.Equal(2, exit);
        Assert.Contains("missing required option --now", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-folder/tiers.csv")]
    [InlineData(".")]
    public void AnUnusableOutputPath_IsExit2_WithOneLine(string relative)
    {
        var (exit, output, error) = RunSplit("score", "--entries", Sample("entries.csv"), "--as-of", "2026-06-30", "--out", Path.Combine(_folder, relative));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: --out: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void HierarchyUnder_TakesTheCodeTheTreePrints()
    {
        var (_, tree) = Run("hierarchy");
        Assert.Contains("140830106", tree, StringComparison.Ordinal);
        var (exit, json) = RunJson("hierarchy", "--under", "140830106");
        Assert.Equal(0, exit);
        Assert.Equal("大王镇", json.GetProperty("name").GetString());
    }

    [Fact]
    public void DisputesTick_CountsTheCasesThatHaveDeadlinesDue()
    {
        var (exit, output) = Run("disputes", "tick", "--cases", Sample("cases.json"), "--now", "2026-10-20T09:00+08:00");
        Assert.Equal(0, exit);
        var (_, json) = RunJson("disputes", "tick", "--cases", Sample("cases.json"), "--now", "2026-10-20T09:00+08:00");
        var due = json.GetProperty("due").EnumerateArray().ToList();
        var casesDue = due.Select(d => d.GetProperty("case").GetString()).Distinct().Count();
        Assert.Contains($"{due.Count} deadline(s) due in {casesDue} case(s); {json.GetProperty("cases").GetInt32()} case(s) checked.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("civility-rulebook")]
    [InlineData("economy-rulebook")]
    [InlineData("governance-rulebook")]
    [InlineData("hierarchy")]
    public void Schema_WritesEachShippedSchema(string kind)
    {
        var (exit, output, _) = RunSplit("schema", kind);
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());

        var file = Path.Combine(_folder, kind + ".json");
        Assert.Equal(0, RunSplit("schema", kind, "--out", file).ExitCode);
        Assert.Equal(output, File.ReadAllText(file));
    }

    [Fact]
    public void Schema_OfAnUnknownKind_IsExit2_ListingTheKinds()
    {
        var (exit, _, error) = RunSplit("schema", "ledger");
        Assert.Equal(2, exit);
        Assert.Contains("civility-rulebook, dispute-case, distribution-result, economy-rulebook, governance-calendar, governance-rulebook, hierarchy, points-claim, share-register", error, StringComparison.Ordinal);
    }
}
