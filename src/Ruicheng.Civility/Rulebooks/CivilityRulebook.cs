using Ruicheng.Primitives.Rulebooks.Changes;
using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Covenant;
using Ruicheng.Civility.Credit;
using Ruicheng.Civility.Lists;
using Ruicheng.Civility.Points;
using Ruicheng.Primitives.Rulebooks;

namespace Ruicheng.Civility.Rulebooks;

/// <summary>
/// The Civility rulebook (文明积分管理办法): covenant standards, points categories and rules, expiry, the public
/// notice period and the credit policy. Loaded and validated by <see cref="CivilityRulebookFile"/>.
/// </summary>
public sealed class CivilityRulebook : Ruicheng.Primitives.Rulebooks.IRulebook
{
    private readonly FrozenDictionary<RuleId, ImmutableArray<PointsRule>> _rulesById;
    private readonly Lazy<Scoring.CapPlan> _capPlan;

    internal CivilityRulebook(
        RulebookHeader header, ImmutableArray<PointsCategory> categories, ImmutableArray<PointsRule> rules, ExpiryPolicy expiry,
        int noticeDays, ImmutableArray<CeremonyStandard> covenant, CreditPolicy credit, ListPolicy? lists, ImmutableSortedDictionary<RuleId, RuleId>? civicEvents = null)
    {
        CivicEventRules = civicEvents ?? ImmutableSortedDictionary<RuleId, RuleId>.Empty;
        Lists = lists;
        Header = header;
        Categories = categories;
        Rules = rules;
        Expiry = expiry;
        NoticeDays = noticeDays;
        Covenant = covenant;
        Credit = credit;
        _rulesById = rules.GroupBy(r => r.Id).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _capPlan = new Lazy<Scoring.CapPlan>(() => new Scoring.CapPlan(this));
    }

    /// <summary>The caps resolved for scoring, built once on first use and shared by scorers and ledgers.</summary>
    internal Scoring.CapPlan CapPlan => _capPlan.Value;

    /// <summary>Id, version, dates in force, jurisdiction.</summary>
    public RulebookHeader Header { get; }

    /// <summary>The points categories.</summary>
    public ImmutableArray<PointsCategory> Categories { get; }

    /// <summary>The points rules (a rule id may appear with successive, non-overlapping effective dates).</summary>
    public ImmutableArray<PointsRule> Rules { get; }

    /// <summary>How long points count and when the spendable balance resets.</summary>
    public ExpiryPolicy Expiry { get; }

    /// <summary>The public notice period (公示) for claims, in days.</summary>
    public int NoticeDays { get; }

    /// <summary>The covenant's ceremony standards.</summary>
    public ImmutableArray<CeremonyStandard> Covenant { get; }

    /// <summary>The credit policy.</summary>
    public CreditPolicy Credit { get; }

    /// <summary>
    /// The points rule each kind of civic event maps to (<see cref="CivicEvent.Kind"/> → rule id), the linkage from
    /// other packages (e.g. <c>governance.mediation.settled</c> → <c>mediation-volunteer</c>); see
    /// <see cref="Ledger.PointsLedger.IngestCivicEvents"/>.
    /// </summary>
    public ImmutableSortedDictionary<RuleId, RuleId> CivicEventRules { get; }

    /// <summary>
    /// The kinds of civic event that reverse the ledger entry they name (<c>"effect": "reverse-entry"</c>), e.g. an upheld
    /// points appeal (<c>governance.points-appeal.upheld</c>); see <see cref="Ledger.PointsLedger.IngestCivicEvents"/>.
    /// </summary>
    public ImmutableSortedSet<RuleId> CivicEventReversals { get; internal init; } = [];

    /// <summary>Who may appear on the red and black lists (红黑榜), or null when the rulebook defines no lists.</summary>
    public ListPolicy? Lists { get; }

    /// <summary>The version of the rule with an id in force on a date (both ends of a version's dates included), or null.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="date">The date of the deed.</param>
    public PointsRule? FindRuleInForce(RuleId id, LocalDate date)
    {
        if (!_rulesById.TryGetValue(id, out var versions))
        {
            return null;
        }

        foreach (var rule in versions)
        {
            if (rule.IsInForceOn(date))
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>The version of the rule with an id in force on a date.</summary>
    /// <param name="id">The rule's id.</param>
    /// <param name="date">The date of the deed.</param>
    /// <exception cref="KeyNotFoundException">No version of the rule is in force on that date.</exception>
    public PointsRule RuleInForce(RuleId id, LocalDate date) =>
        FindRuleInForce(id, date) ?? throw new KeyNotFoundException($"No version of rule '{id}' is in force on {date:uuuu-MM-dd} in rulebook {Header}.");

    /// <summary>The category with an id, or null.</summary>
    /// <param name="id">The category's id.</param>
    public PointsCategory? FindCategory(CategoryId id) => Categories.FirstOrDefault(c => c.Id == id);

    /// <summary>The category with an id.</summary>
    /// <param name="id">The category's id.</param>
    /// <exception cref="KeyNotFoundException">No such category.</exception>
    public PointsCategory Category(CategoryId id) =>
        Categories.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No category '{id}' in rulebook {Header}.");

    /// <summary>The covenant standard of a ceremony kind, or null.</summary>
    /// <param name="kind">The ceremony kind.</param>
    public CeremonyStandard? StandardFor(string kind) => Covenant.FirstOrDefault(c => c.Kind == kind);

    /// <summary>The validated JSON document this rulebook was loaded from (for <see cref="Compare"/>).</summary>
    internal string Document { get; private set; } = "{}";

    internal CivilityRulebook WithDocument(string json)
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
    public static RulebookComparison Compare(CivilityRulebook current, CivilityRulebook proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        return RulebookComparison.Compare(current.Header, current.Document, proposed.Header, proposed.Document, Terms);
    }

    private static readonly System.Resources.ResourceManager Terms = new("Ruicheng.Civility.Rulebooks.RulebookTerms", typeof(CivilityRulebook).Assembly);
}
