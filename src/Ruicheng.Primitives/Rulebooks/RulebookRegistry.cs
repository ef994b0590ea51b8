using System.Collections.Immutable;
using System.Globalization;

namespace Ruicheng.Primitives.Rulebooks;

/// <summary>
/// The rulebook versions a host keeps (规则版本库), by (id, version): stored state names the version it was decided
/// under, and rehydration resolves it here, so a case opened under 1.0 keeps 1.0 after 1.1 is published. Immutable.
/// </summary>
/// <typeparam name="TRulebook">The package's rulebook type.</typeparam>
public sealed class RulebookRegistry<TRulebook>
    where TRulebook : class, IRulebook
{
    private readonly ImmutableDictionary<RulebookReference, TRulebook> _byReference;

    private RulebookRegistry(ImmutableArray<TRulebook> rulebooks)
    {
        Rulebooks = rulebooks;
        _byReference = rulebooks.ToImmutableDictionary(r => r.Header.Reference);
    }

    /// <summary>The rule of the registry: each (id, version) once; <c>rulebook.registry.duplicate</c>.</summary>
    public static RuleId DuplicateCode { get; } = RuleId.From("rulebook.registry.duplicate");

    /// <summary>The rule of rehydration: the stored version is in the registry; <c>rulebook.version.unknown</c>.</summary>
    public static RuleId UnknownVersionCode { get; } = RuleId.From("rulebook.version.unknown");

    /// <summary>The rulebooks, in the order given.</summary>
    public ImmutableArray<TRulebook> Rulebooks { get; }

    /// <summary>A registry of the given versions; each (id, version) at most once (<see cref="DuplicateCode"/>, path <c>[i]</c>).</summary>
    /// <param name="rulebooks">The versions, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rulebooks"/> or one of them is null.</exception>
    public static Result<RulebookRegistry<TRulebook>> Create(IEnumerable<TRulebook> rulebooks)
    {
        ArgumentNullException.ThrowIfNull(rulebooks);
        var list = rulebooks.ToImmutableArray();
        var seen = new HashSet<RulebookReference>();
        var violations = new List<RuleViolation>();
        for (var i = 0; i < list.Length; i++)
        {
            var reference = (list[i] ?? throw new ArgumentNullException(nameof(rulebooks), $"Rulebook {i} is null.")).Header.Reference;
            if (!seen.Add(reference))
            {
                violations.Add(RuleViolation.At(
                    DuplicateCode, string.Create(CultureInfo.InvariantCulture, $"[{i}]"), $"Rulebook {reference} is registered twice.", reference.ToString()));
            }
        }

        return violations.Count > 0 ? Result<RulebookRegistry<TRulebook>>.Failure(violations) : Result<RulebookRegistry<TRulebook>>.Success(new RulebookRegistry<TRulebook>(list));
    }

    /// <summary>A registry of one rulebook.</summary>
    /// <param name="rulebook">The rulebook.</param>
    public static RulebookRegistry<TRulebook> Of(TRulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        return new RulebookRegistry<TRulebook>([rulebook]);
    }

    /// <summary>The rulebook of a version, or null.</summary>
    /// <param name="reference">The id and version.</param>
    public TRulebook? Find(RulebookReference reference) => _byReference.GetValueOrDefault(reference);

    /// <summary>The rulebook of a version.</summary>
    /// <param name="reference">The id and version.</param>
    /// <exception cref="KeyNotFoundException">The version is not registered.</exception>
    public TRulebook Get(RulebookReference reference) =>
        Find(reference) ?? throw new KeyNotFoundException($"Rulebook {reference} is not registered.");

    /// <summary>The rulebook of a version named by stored data, or a <see cref="UnknownVersionCode"/> violation at <paramref name="path"/>.</summary>
    /// <param name="reference">The id and version.</param>
    /// <param name="path">Where the reference was read, for the violation.</param>
    public Result<TRulebook> Resolve(RulebookReference reference, string path) =>
        Find(reference) is { } found
            ? Result<TRulebook>.Success(found)
            : Result<TRulebook>.Failure(RuleViolation.At(
                UnknownVersionCode, path, $"Rulebook {reference} is not in the registry ({string.Join(", ", Rulebooks.Select(r => r.Header.Reference))}); register the version the state was decided under.",
                reference.ToString()));
}
