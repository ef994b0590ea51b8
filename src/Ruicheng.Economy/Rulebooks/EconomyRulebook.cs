using Ruicheng.Primitives.Rulebooks.Changes;
using System.Collections.Immutable;
using Ruicheng.Economy.Collective;
using Ruicheng.Economy.Distributions;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Economy.Rulebooks;

/// <summary>
/// The Economy rulebook (集体经济规则): cooperatives' distribution plans and the collective-income thresholds,
/// with its header. Loaded and validated by <see cref="EconomyRulebookFile"/>.
/// </summary>
public sealed class EconomyRulebook : Ruicheng.Primitives.Rulebooks.IRulebook
{
    internal EconomyRulebook(
        RulebookHeader header, ImmutableArray<DistributionPlan> plans, CollectiveIncomeThresholds thresholds, ImmutableDictionary<Distributions.CooperativeKind, PlanMinimums> minimums,
        ImmutableArray<Enclaves.EnclaveProject> enclaves)
    {
        Enclaves = enclaves;
        Minimums = minimums;
        Header = header;
        Plans = plans;
        CollectiveIncome = thresholds;
    }

    /// <summary>Id, version, dates in force, jurisdiction.</summary>
    public RulebookHeader Header { get; }

    /// <summary>The distribution plans.</summary>
    public ImmutableArray<DistributionPlan> Plans { get; }

    /// <summary>The least each kind of cooperative withholds; a kind without an entry has no minimum.</summary>
    public ImmutableDictionary<Distributions.CooperativeKind, PlanMinimums> Minimums { get; }

    /// <summary>The collective-income thresholds.</summary>
    public CollectiveIncomeThresholds CollectiveIncome { get; }

    /// <summary>The enclave-economy projects (飞地经济), as data.</summary>
    public ImmutableArray<Enclaves.EnclaveProject> Enclaves { get; }

    /// <summary>The enclave project with an id, or null.</summary>
    /// <param name="id">The project's id.</param>
    public Enclaves.EnclaveProject? FindEnclave(string id) => Enclaves.FirstOrDefault(e => e.Id == id);

    /// <summary>The enclave project with an id.</summary>
    /// <param name="id">The project's id.</param>
    /// <exception cref="KeyNotFoundException">No such project.</exception>
    public Enclaves.EnclaveProject Enclave(string id) =>
        FindEnclave(id) ?? throw new KeyNotFoundException($"No enclave project '{id}' in rulebook {Header}.");

    /// <summary>The plan with an id, or null.</summary>
    /// <param name="id">The plan's id.</param>
    public DistributionPlan? FindPlan(string id) => Plans.FirstOrDefault(p => p.Id == id);

    /// <summary>The plan with an id.</summary>
    /// <param name="id">The plan's id.</param>
    /// <exception cref="KeyNotFoundException">No such plan.</exception>
    public DistributionPlan Plan(string id) =>
        Plans.FirstOrDefault(p => p.Id == id) ?? throw new KeyNotFoundException($"No plan '{id}' in rulebook {Header}.");

    /// <summary>The validated JSON document this rulebook was loaded from (for <see cref="Compare"/>).</summary>
    internal string Document { get; private set; } = "{}";

    internal EconomyRulebook WithDocument(string json)
    {
        Document = json;
        return this;
    }

    /// <summary>
    /// What changed from <paramref name="current"/> to <paramref name="proposed"/> (规则修订对照): every change with
    /// its JSON path, and the public notice (公示) in Chinese or English (<see cref="RulebookComparison.ToNotice"/>).
    /// The two rulebooks are compared as the documents they were loaded from; see <see cref="RulebookComparison"/> for
    /// how lists are matched and in what order changes are listed. <c>Compare(a, a)</c> is empty.
    /// </summary>
    /// <param name="current">The rulebook in force.</param>
    /// <param name="proposed">The proposed rulebook.</param>
    public static RulebookComparison Compare(EconomyRulebook current, EconomyRulebook proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        return RulebookComparison.Compare(current.Header, current.Document, proposed.Header, proposed.Document, Terms);
    }

    private static readonly System.Resources.ResourceManager Terms = new("Ruicheng.Economy.Rulebooks.RulebookTerms", typeof(EconomyRulebook).Assembly);
}
