using System.Text.Json;
using NJsonSchema.Validation;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Economy.Rulebooks;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.Serialization;

namespace Ruicheng.Cli.Tests.Issues;

/// <summary>
/// Issue 16: the shipped schemas and the loaders disagreed on 26 of 44 broken documents, and the schemas refused
/// valid money (<c>multipleOf: 0.01</c> fails 1234.56 in float arithmetic). The corpus in <c>tests/corpus</c> breaks
/// one constraint per document; an independent validator (NJsonSchema) and the loader must both refuse each one at
/// the same JSON path, and every sample and built-in document must pass both.
/// </summary>
public class SchemaAndLoaderRefuseTheSameDocuments
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "corpus");

    private static readonly Dictionary<string, (Func<string> Schema, Func<string, Result<object>> Load)> Kinds = new(StringComparer.Ordinal)
    {
        ["civility-rulebook"] = (() => CivilityRulebookFile.Schema, json => Erase(CivilityRulebookFile.Load(json))),
        ["governance-rulebook"] = (() => GovernanceRulebookFile.Schema, json => Erase(GovernanceRulebookFile.Load(json))),
        ["economy-rulebook"] = (() => EconomyRulebookFile.Schema, json => Erase(EconomyRulebookFile.Load(json))),
        ["hierarchy"] = (() => HierarchyFile.Schema, json => Erase(HierarchyFile.Load(json))),
    };

    public static TheoryData<string, string, string> BrokenDocuments()
    {
        var data = new TheoryData<string, string, string>();
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus, "manifest.json")));
        foreach (var entry in manifest.RootElement.EnumerateArray())
        {
            data.Add(entry.GetProperty("file").GetString()!, entry.GetProperty("kind").GetString()!, entry.GetProperty("path").GetString()!);
        }

        return data;
    }

    public static TheoryData<string, string> ValidDocuments() => new()
    {
        { "civility-rulebook", CivilityRulebookFile.RuichengJsonText },
        { "civility-rulebook", File.ReadAllText(Sample("civility-rulebook.json")) },
        { "governance-rulebook", GovernanceRulebookFile.RuichengJsonText },
        { "economy-rulebook", EconomyRulebookFile.RuichengJsonText },
        { "hierarchy", Governance.Hierarchy.RuichengHierarchy.Json },
        { "hierarchy", File.ReadAllText(Path.Combine(Corpus, "hierarchy-valid.json")) },
    };

    [Fact]
    public void TheCorpus_HasAtLeast40Documents_CoveringEveryKind()
    {
        var documents = BrokenDocuments();
        Assert.True(documents.Count >= 40, $"{documents.Count} documents");
        Assert.Equal(Kinds.Keys.Order(), documents.Select(d => (string)d[1]).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public async Task SchemaAndLoader_BothRefuse_AtTheSamePath(string file, string kind, string path)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(Corpus, file));
        var schemaPaths = await IndependentErrorPaths(kind, json);
        Assert.True(schemaPaths.Contains(path), $"{file}: the independent validator reports {string.Join(", ", schemaPaths)}, not {path}");

        var loaded = Kinds[kind].Load(json);
        Assert.True(loaded.IsFailure, $"{file}: the loader accepted it");
        Assert.True(loaded.Violations.Any(v => v.Path == path), $"{file}: the loader reports " + string.Join("; ", loaded.Violations.Select(v => $"{v.Code} at {v.Path}")));
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public async Task EverySampleAndBuiltInDocument_PassesSchemaAndLoader(string kind, string json)
    {
        Assert.Empty(await IndependentErrorPaths(kind, json));
        var loaded = Kinds[kind].Load(json);
        Assert.True(loaded.IsSuccess, string.Join("; ", loaded.Violations));
    }

    [Theory]
    [InlineData("civility-rulebook")]
    [InlineData("governance-rulebook")]
    [InlineData("economy-rulebook")]
    [InlineData("hierarchy")]
    public void ACommentOrATrailingComma_IsRefused_NotSkipped(string kind)
    {
        var valid = ValidDocuments().First(d => (string)d[0] == kind)[1]!.ToString()!;
        var commented = "// a note\n" + valid;
        var trailing = valid.TrimEnd()[..^1].TrimEnd() + ",\n}";
        foreach (var json in new[] { commented, trailing })
        {
            var loaded = Kinds[kind].Load(json);
            Assert.Equal("json.malformed", Assert.Single(loaded.Violations).Code.Value);
        }
    }

    /// <summary>
    /// NJsonSchema's errors as JSON paths the loaders use. NJsonSchema reads <c>definitions</c> (draft 7) where the
    /// schemas say <c>$defs</c> (2020-12); it names a missing or extra property by its own path, the loaders by the
    /// object's.
    /// </summary>
    private static async Task<HashSet<string>> IndependentErrorPaths(string kind, string json)
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(Kinds[kind].Schema().Replace("\"$defs\"", "\"definitions\"", StringComparison.Ordinal).Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in Flatten(schema.Validate(json)))
        {
            var path = "$" + (error.Path ?? "#")[1..].Replace("/", ".", StringComparison.Ordinal);
            if (error.Kind is ValidationErrorKind.PropertyRequired or ValidationErrorKind.NoAdditionalPropertiesAllowed)
            {
                path = path[..Math.Max(1, path.LastIndexOf('.'))];
            }

            paths.Add(path);
        }

        return paths;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return error;
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
        }
    }

    private static Result<object> Erase<T>(Result<T> result) where T : class =>
        result.IsSuccess ? Result<object>.Success(result.Value) : Result<object>.Failure(result.Violations);

    private static string Sample(string name) => CliRunner.Sample(name);
}
