using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Ruicheng.Civility.Credit;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Scoring;

/// <summary>
/// Scores residents and households against a Civility rulebook (积分评定), by the rules of the Civility README's
/// "How scores are computed": entries in canonical order (date, rule id, points), each version of a rule capped by
/// its own caps with usage shared across versions, expiry by the honour window, reversed entries left out, vetoes
/// capping the tier. The rule versions and caps are resolved once, when the scorer is created, for both the
/// per-resident and the batch path; a scorer is immutable and safe to share between threads.
/// </summary>
public sealed partial class CivilityScorer
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private readonly CapPlan _plan;


    /// <summary>Creates a scorer for a rulebook.</summary>
    /// <param name="rulebook">The rulebook.</param>
    public CivilityScorer(CivilityRulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        Rulebook = rulebook;
        _plan = rulebook.CapPlan;
    }

    /// <summary>The rulebook.</summary>
    public CivilityRulebook Rulebook { get; }

    /// <summary>
    /// The number of resolved rule versions. Rule indexes run from 0 to this, exclusive, and number the rulebook's
    /// rule versions in canonical order: by rule id (ordinal comparison of the id text), then by effective date.
    /// </summary>
    public int RuleCount => _plan.Rules.Length;

    /// <summary>
    /// The number of cap slots a scoring pass keeps per resident: one per (rule id, period) that any version of the
    /// rule caps, and one per (category, period) that the category caps.
    /// </summary>
    internal int CapSlotCount => _plan.Slots.Length;

    /// <summary>The day number (days since 1970-01-01) used in the batch columns.</summary>
    /// <param name="date">The civil date.</param>
    public static int DayNumber(LocalDate date) => Period.DaysBetween(Epoch, date);

    /// <summary>The civil date of a day number.</summary>
    /// <param name="dayNumber">Days since 1970-01-01.</param>
    public static LocalDate DateOf(int dayNumber) => Epoch.PlusDays(dayNumber);

    /// <summary>
    /// The index of the rule version in force on a date, or −1 when no version of the rule is in force then; what
    /// the batch columns hold. Indexes follow the canonical order of <see cref="RuleCount"/>, so comparing two
    /// indexes compares their rule ids.
    /// </summary>
    /// <param name="rule">The rule's id.</param>
    /// <param name="date">The date of the deed.</param>
    public int RuleIndexOf(RuleId rule, LocalDate date) => _plan.RuleIndexOf(rule, date);

    /// <summary>The rule version at a batch rule index.</summary>
    /// <param name="index">The index, 0 to <see cref="RuleCount"/> exclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a rule index.</exception>
    public PointsRule RuleAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RuleCount);
        return _plan.Rules[index];
    }

    /// <summary>
    /// The version number of the rule version at a batch rule index: 1 for the earliest version of its rule id, 2
    /// for the next by effective date, and so on. Explanations name versions this way.
    /// </summary>
    /// <param name="index">The index, 0 to <see cref="RuleCount"/> exclusive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a rule index.</exception>
    internal int VersionAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RuleCount);
        return _plan.VersionNumber[index];
    }

    /// <summary>
    /// The first day of the honour window on <paramref name="asOf"/>: the window is the N months
    /// (<see cref="ExpiryPolicy.HonourWindowMonths"/>) ending on <paramref name="asOf"/>, both ends included, so its
    /// first day is the day after <paramref name="asOf"/> moved back N months (to the month's last day when the
    /// month is shorter). For 24 months: 2026-06-30 → 2024-07-01; 2025-02-28 → 2023-03-01; 2026-02-28 → 2024-02-29; 2024-02-29 with 12
    /// months → 2023-03-01.
    /// </summary>
    /// <param name="asOf">The scoring date.</param>
    public LocalDate WindowStart(LocalDate asOf) => asOf.PlusMonths(-Rulebook.Expiry.HonourWindowMonths).PlusDays(1);

    /// <summary>The tier after vetoes: the tier of the score, lowered to the lowest cap among the vetoes.</summary>
    /// <param name="score">The score.</param>
    /// <param name="vetoes">The vetoes that apply.</param>
    public CreditTier TierOf(long score, IEnumerable<CreditVeto> vetoes)
    {
        ArgumentNullException.ThrowIfNull(vetoes);
        var tier = Rulebook.Credit.TierOf(score);
        foreach (var veto in vetoes)
        {
            if (veto.CapTier < tier)
            {
                tier = veto.CapTier;
            }
        }

        return tier;
    }

    /// <summary>Scores one resident with no veto; see <see cref="Score(PointsLedger, ResidentId, LocalDate, IEnumerable{RuleId})"/>.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="resident">The resident.</param>
    /// <param name="asOf">The scoring date; entries dated after it are left out.</param>
    public Decision<CivilityScore> Score(PointsLedger ledger, ResidentId resident, LocalDate asOf) => Score(ledger, resident, asOf, []);

    /// <summary>
    /// Scores one resident from the ledger, explaining every entry (rule id and version, occurrences or hours ×
    /// points, each cap that cut it with its period and what was left, expiry), reversals, vetoes, the band that gave
    /// the tier and the spendable balance.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="resident">The resident.</param>
    /// <param name="asOf">The scoring date; entries dated after it are left out (they use no cap room).</param>
    /// <param name="vetoCodes">Veto codes that apply to the resident on <paramref name="asOf"/> (host-supplied facts).</param>
    /// <exception cref="ArgumentException">A veto code is not a veto of the rulebook, or an entry's rule has no version in force on its date in this scorer's rulebook.</exception>
    public Decision<CivilityScore> Score(PointsLedger ledger, ResidentId resident, LocalDate asOf, IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ScoreSubject(ledger, resident.Value, [resident], asOf, vetoCodes);
    }

    /// <summary>
    /// Scores a household: its members' honour points summed (each member's caps apply to that member alone), one
    /// base score, and the household's spendable balance as the sum of its members'.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="household">The household.</param>
    /// <param name="members">Its members on the scoring date (from Governance's hierarchy, passed in by the host).</param>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="vetoCodes">Veto codes that apply to the household.</param>
    /// <exception cref="ArgumentException">A veto code is not a veto of the rulebook, or an entry's rule has no version in force on its date.</exception>
    public Decision<CivilityScore> ScoreHousehold(PointsLedger ledger, HouseholdId household, IEnumerable<ResidentId> members, LocalDate asOf, IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(members);
        return ScoreSubject(ledger, household.Value, members.Distinct().ToList(), asOf, vetoCodes);
    }

    /// <summary>
    /// The spendable balance of a resident on a date (可兑换积分), by the README's rule: the resident's entries dated on
    /// or before <paramref name="asOf"/>, in ledger order, reversals and reversed entries left out; an award adds the
    /// points that counted after caps (never more), a deduction, redemption or reset adds its (negative) points, and
    /// the running balance never goes below zero.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="resident">The resident.</param>
    /// <param name="asOf">The date.</param>
    public long SpendableBalance(PointsLedger ledger, ResidentId resident, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ResidentPass.Spendable(_plan, ledger.State, resident, asOf);
    }

    private ImmutableArray<CreditVeto> VetoesOf(IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(vetoCodes);
        var vetoes = ImmutableArray.CreateBuilder<CreditVeto>();
        foreach (var code in vetoCodes.Distinct().Order())
        {
            vetoes.Add(Rulebook.Credit.Vetoes.FirstOrDefault(v => v.Code == code)
                ?? throw new ArgumentException($"'{code}' is not a veto of rulebook {Rulebook.Header}.", nameof(vetoCodes)));
        }

        return vetoes.ToImmutable();
    }

    private Decision<CivilityScore> ScoreSubject(PointsLedger source, string subject, IReadOnlyList<ResidentId> residents, LocalDate asOf, IEnumerable<RuleId> vetoCodes)
    {
        var ledger = source.State;
        var vetoes = VetoesOf(vetoCodes);
        var steps = new List<ExplanationStep>();
        var tally = new Tally(WindowStart(asOf));
        long spendable = 0;
        foreach (var resident in residents)
        {
            var usage = new CapUsage(_plan);
            foreach (var (entry, ruleIndex) in ResidentPass.Ordered(_plan, ledger, resident, asOf))
            {
                var cuts = new List<CapCut>();
                var counted = usage.Apply(ruleIndex, entry.OccurredOn, entry.Points, cuts);
                var inWindow = tally.Add(entry.Rule!.Value, entry.OccurredOn, entry.Points, counted);
                steps.Add(EntryStep(entry, ruleIndex, counted, cuts, inWindow, tally.WindowStart));
            }

            foreach (var entry in ledger.EntriesOf(resident))
            {
                if (entry.Kind == EntryKind.Reversal && entry.OccurredOn <= asOf)
                {
                    steps.Add(CivilityMessages.Catalog.Step(
                        RuleId.From("civility.reversal"), "civility.reversal", [],
                        Figure.Of("entry", entry.Id), Figure.Of("reverses", entry.Reverses)));
                }
            }

            spendable += ResidentPass.Spendable(_plan, ledger, resident, asOf);
        }

        var result = Result(subject, tally, vetoes, spendable);
        steps.AddRange(Summary(result, asOf, tally.WindowStart));
        steps.Add(CivilityMessages.Catalog.Step(RuleId.From("civility.spendable"), "civility.spendable", [], Figure.Of("spendable", spendable)));
        return Decision<CivilityScore>.Create(result, Explanation.Create(Rulebook.Header.Reference, steps));
    }

    private CivilityScore Result(string subject, Tally tally, ImmutableArray<CreditVeto> vetoes, long spendable)
    {
        var score = checked(Rulebook.Credit.BaseScore + tally.Honour);
        var scoreTier = Rulebook.Credit.TierOf(score);
        var tier = TierOf(score, vetoes);
        return new CivilityScore(subject, tally.Honour, score, scoreTier, tier, Rulebook.Credit.BenefitsOf(tier), spendable,
            tally.Contributions.ToImmutableSortedDictionary(), tally.Capped, tally.Expired, vetoes);
    }

    private ExplanationStep EntryStep(PointsEntry entry, int ruleIndex, long counted, List<CapCut> cuts, bool inWindow, LocalDate windowStart)
    {
        var rule = _plan.Rules[ruleIndex];
        Figure[] amount = rule.Unit == PointsUnit.Occurrence
            ? [Figure.Of("amount", "civility.amount.occurrences"), Figure.Of("quantity", entry.Quantity), Figure.Of("perUnit", rule.Points)]
            : [Figure.Of("amount", "civility.amount.hours"), Figure.Of("quantity", entry.Quantity), Figure.Of("rounding", rule.Rounding), Figure.Of("hours", entry.Points / rule.Points), Figure.Of("perUnit", rule.Points)];
        return EntryStep(entry.Rule!.Value, entry.Id.Value, entry.OccurredOn, ruleIndex, amount, entry.Points, counted, cuts, inWindow, windowStart);
    }

    /// <summary>
    /// One entry as one step: the entry and how its points were reached, each cap that cut it, what counted, and
    /// whether it lies before the honour window — clauses of one message, in that order.
    /// </summary>
    private ExplanationStep EntryStep(RuleId ruleId, string? entry, LocalDate date, int ruleIndex, Figure[] amount, long points, long counted, List<CapCut> cuts, bool inWindow, LocalDate windowStart)
    {
        var rule = _plan.Rules[ruleIndex];
        var version = _plan.VersionNumber[ruleIndex];
        var keys = new List<string> { entry is null ? "civility.entry.batch" : "civility.entry" };
        var arguments = new List<Figure> { Figure.Of("rule", ruleId), Figure.Of("name", rule.ChineseName), Figure.Of("from", rule.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)) };
        arguments.AddRange(amount);
        var number = 0;
        foreach (var cut in cuts)
        {
            number++;
            keys.Add((cut.Slot.IsCategory ? "civility.entry.cut.category@" : "civility.entry.cut.rule@") + number.ToString(CultureInfo.InvariantCulture));
            var scope = number.ToString(CultureInfo.InvariantCulture) + ":";
            arguments.Add(Figure.Of(scope + "slot", cut.Slot.Id));
            arguments.Add(Figure.Of(scope + "period", cut.Slot.Period.ToString().ToLowerInvariant()));
            arguments.Add(Figure.Of(scope + "max", cut.Max));
            arguments.Add(Figure.Of(scope + "in", cut.Period));
            arguments.Add(Figure.Of(scope + "used", cut.UsedBefore));
            arguments.Add(Figure.Of(scope + "left", cut.Max - cut.UsedBefore));
        }

        keys.Add("civility.entry.counted");
        if (!inWindow)
        {
            keys.Add("civility.entry.before-window");
            arguments.Add(Figure.Of("windowStart", windowStart.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        }

        var figures = new List<Figure> { Figure.Of("date", date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), Figure.Of("version", version), Figure.Of("points", points), Figure.Of("counted", counted) };
        if (entry is not null)
        {
            figures.Insert(0, Figure.Of("entry", entry));
        }

        foreach (var cut in cuts)
        {
            figures.Add(Figure.Of((cut.Slot.IsCategory ? "category-cap:" : "rule-cap:") + cut.Slot.Id + ":" + cut.Period, cut.Max - cut.UsedBefore));
        }

        return CivilityMessages.Catalog.Step(ruleId, string.Join(';', keys), arguments, [.. figures]);
    }

    private IEnumerable<ExplanationStep> Summary(CivilityScore score, LocalDate asOf, LocalDate windowStart)
    {
        var text = CivilityMessages.Catalog;
        foreach (var (rule, points) in score.ContributionByRule)
        {
            yield return text.Step(rule, "civility.contribution", [Figure.Of("rule", rule), Figure.Of("name", Rulebook.Rules.First(r => r.Id == rule).ChineseName)], Figure.Of("points", points));
        }

        yield return text.Step(RuleId.From("civility.caps"), "civility.caps", [], Figure.Of("capped", score.CappedPoints));
        yield return text.Step(
            RuleId.From("civility.expiry"), "civility.expiry",
            [Figure.Of("months", Rulebook.Expiry.HonourWindowMonths), Figure.Of("asOf", asOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))],
            Figure.Of("window-start", windowStart.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)), Figure.Of("expired", score.ExpiredPoints));
        foreach (var veto in score.Vetoes)
        {
            yield return text.Step(veto.Code, "civility.veto", [Figure.Of("description", veto.Description)], Figure.Of("cap", veto.CapTier));
        }

        var band = Rulebook.Credit.Bands.Single(b => b.Tier == score.ScoreTier);
        var range = (band.Min, band.Max) switch
        {
            (null, null) => "civility.range.all",
            (null, _) => "civility.range.max",
            (_, null) => "civility.range.min",
            _ => "civility.range.between",
        };
        var bounds = new List<Figure> { Figure.Of("range", range) };
        if (band.Min is { } min)
        {
            bounds.Add(Figure.Of("min", min));
        }

        if (band.Max is { } max)
        {
            bounds.Add(Figure.Of("max", max));
        }

        yield return text.Step(
            RuleId.From("credit.tier"), "civility.tier", bounds,
            Figure.Of("base", Rulebook.Credit.BaseScore), Figure.Of("honour", score.HonourPoints), Figure.Of("score", score.Score), Figure.Of("band", score.ScoreTier), Figure.Of("tier", score.Tier));
    }

    /// <summary>Running totals of one scoring: honour, capped and expired points and the contribution per rule id.</summary>
    private sealed class Tally(LocalDate windowStart)
    {
        public LocalDate WindowStart { get; } = windowStart;

        public long Honour { get; private set; }

        public long Capped { get; private set; }

        public long Expired { get; private set; }

        public SortedDictionary<RuleId, long> Contributions { get; } = [];

        /// <summary>Adds an entry's counted points; returns whether it falls in the honour window.</summary>
        public bool Add(RuleId rule, LocalDate date, long points, long counted)
        {
            Capped += points - counted;
            if (date < WindowStart)
            {
                Expired += counted;
                return false;
            }

            Honour += counted;
            Contributions[rule] = Contributions.GetValueOrDefault(rule) + counted;
            return true;
        }
    }
}
