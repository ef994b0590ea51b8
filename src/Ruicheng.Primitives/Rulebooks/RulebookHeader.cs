using NodaTime;

namespace Ruicheng.Primitives.Rulebooks;

/// <summary>
/// What every rulebook (规则手册) says about itself: its id, version, the civil dates it is in force
/// (inclusive, Asia/Shanghai) and the jurisdiction that adopted it.
/// </summary>
public sealed class RulebookHeader
{
    private RulebookHeader(RulebookId id, RulebookVersion version, string title, UnitId jurisdiction, LocalDate effectiveFrom, LocalDate? effectiveTo)
    {
        Id = id;
        Version = version;
        Title = title;
        Jurisdiction = jurisdiction;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }

    /// <summary>The rulebook's id.</summary>
    public RulebookId Id { get; }

    /// <summary>The rulebook's version.</summary>
    public RulebookVersion Version { get; }

    /// <summary>A human title, e.g. 芮城县文明积分管理办法.</summary>
    public string Title { get; }

    /// <summary>The unit that adopted the rulebook (e.g. the county).</summary>
    public UnitId Jurisdiction { get; }

    /// <summary>The first civil date on which the rulebook is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last civil date on which the rulebook is in force, or null when open-ended.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>The id and version, for explanations.</summary>
    public RulebookReference Reference => new(Id, Version);

    /// <summary>Creates a header.</summary>
    /// <param name="id">The rulebook's id.</param>
    /// <param name="version">Its version; not <c>default</c>.</param>
    /// <param name="title">A human title.</param>
    /// <param name="jurisdiction">The adopting unit.</param>
    /// <param name="effectiveFrom">First day in force.</param>
    /// <param name="effectiveTo">Last day in force (inclusive), or null.</param>
    /// <exception cref="ArgumentException">An id is unset, the version is default, the title empty, or the dates reversed.</exception>
    public static RulebookHeader Create(RulebookId id, RulebookVersion version, string title, UnitId jurisdiction, LocalDate effectiveFrom, LocalDate? effectiveTo)
    {
        Preconditions.CheckArgument(!id.IsDefault, nameof(id), "A rulebook needs an id.");
        Preconditions.CheckArgument(version.Major >= 1, nameof(version), "A rulebook version starts at 1.0.");
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Preconditions.CheckArgument(!jurisdiction.IsDefault, nameof(jurisdiction), "A rulebook needs the unit that adopted it.");
        Preconditions.CheckArgument(effectiveTo is null || effectiveTo >= effectiveFrom, nameof(effectiveTo), $"The rulebook ends ({effectiveTo}) before it starts ({effectiveFrom}).");
        return new RulebookHeader(id, version, title, jurisdiction, effectiveFrom, effectiveTo);
    }

    /// <summary>Whether the rulebook is in force on a civil date.</summary>
    /// <param name="date">The date, in Asia/Shanghai civil time.</param>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary><c>id version</c>.</summary>
    public override string ToString() => $"{Id} {Version}";
}
