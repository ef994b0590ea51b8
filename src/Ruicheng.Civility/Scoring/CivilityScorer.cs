using System.Collections.Immutable;
using NodaTime;
using Ruicheng.Civility.Credit;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;

namespace Ruicheng.Civility.Scoring;

/// <summary>
/// Scores residents and households against a Civility rulebook (积分评定). Caps apply to positive points in date
/// order, per rule and per category and period; points older than the honour window (e.g. 24 months before the
/// scoring date) no longer count but still used up their cap; reversed entries count for nothing; vetoes cap the
/// tier. The rules are resolved once, when the scorer is created, for both the per-resident and the batch path.
/// </summary>
public sealed partial class CivilityScorer
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    private readonly ImmutableArray<PointsRule> _rules;
    private readonly Dictionary<RuleId, int[]> _versionsById;
    private readonly byte[] _slotPeriod;
    private readonly long[] _slotMax;
    private readonly int[] _ruleSlotStart;
    private readonly int[] _ruleSlots;

    /// <summary>Per rule: its only cap slot, <see cref="NoSlot"/> or <see cref="MultipleSlots"/>.</summary>
    private readonly int[] _ruleSingleSlot;

    private const int NoSlot = -1;
    private const int MultipleSlots = -2;

    /// <summary>Creates a scorer for a rulebook.</summary>
    /// <param name="rulebook">The rulebook.</param>
    public CivilityScorer(CivilityRulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        Rulebook = rulebook;
        _rules = rulebook.Rules;
        _versionsById = Enumerable.Range(0, _rules.Length).GroupBy(r => _rules[r].Id).ToDictionary(g => g.Key, g => g.ToArray());

        // One cap slot per (rule id, cap) and per (category, cap); versions of a rule share their rule's slots.
        var slotPeriods = new List<byte>();
        var slotMaxima = new List<long>();
        var slotOf = new Dictionary<(string Scope, string Id, int Cap), int>();
        int SlotFor(string scope, string id, int capIndex, PointsCap cap)
        {
            if (!slotOf.TryGetValue((scope, id, capIndex), out var slot))
            {
                slot = slotPeriods.Count;
                slotOf.Add((scope, id, capIndex), slot);
                slotPeriods.Add((byte)cap.Period);
                slotMaxima.Add(cap.Max);
            }

            return slot;
        }

        _ruleSlotStart = new int[_rules.Length + 1];
        var ruleSlots = new List<int>();
        for (var r = 0; r < _rules.Length; r++)
        {
            _ruleSlotStart[r] = ruleSlots.Count;
            var rule = _rules[r];
            for (var c = 0; c < rule.Caps.Length; c++)
            {
                ruleSlots.Add(SlotFor("rule", rule.Id.Value, c, rule.Caps[c]));
            }

            var category = rulebook.Category(rule.Category);
            for (var c = 0; c < category.Caps.Length; c++)
            {
                ruleSlots.Add(SlotFor("category", category.Id.Value, c, category.Caps[c]));
            }
        }

        _ruleSlotStart[_rules.Length] = ruleSlots.Count;
        _ruleSlots = [.. ruleSlots];
        _ruleSingleSlot = new int[_rules.Length];
        for (var r = 0; r < _rules.Length; r++)
        {
            var count = _ruleSlotStart[r + 1] - _ruleSlotStart[r];
            _ruleSingleSlot[r] = count == 0 ? NoSlot : count == 1 ? _ruleSlots[_ruleSlotStart[r]] : MultipleSlots;
        }
        _slotPeriod = [.. slotPeriods];
        _slotMax = [.. slotMaxima];
    }

    /// <summary>The rulebook.</summary>
    public CivilityRulebook Rulebook { get; }

    /// <summary>The number of resolved rules (rule indexes run from 0 to this, exclusive).</summary>
    public int RuleCount => _rules.Length;

    /// <summary>The number of cap slots a scoring pass keeps per resident.</summary>
    public int CapSlotCount => _slotMax.Length;

    /// <summary>The day number (days since 1970-01-01) used in the batch columns.</summary>
    /// <param name="date">The civil date.</param>
    public static int DayNumber(LocalDate date) => Period.DaysBetween(Epoch, date);

    /// <summary>The civil date of a day number.</summary>
    /// <param name="dayNumber">Days since 1970-01-01.</param>
    public static LocalDate DateOf(int dayNumber) => Epoch.PlusDays(dayNumber);

    /// <summary>The index of the rule version in force on a date, or −1; what the batch columns hold.</summary>
    /// <param name="rule">The rule's id.</param>
    /// <param name="date">The date of the deed.</param>
    public int RuleIndexOf(RuleId rule, LocalDate date)
    {
        if (_versionsById.TryGetValue(rule, out var versions))
        {
            foreach (var r in versions)
            {
                if (_rules[r].IsInForceOn(date))
                {
                    return r;
                }
            }
        }

        return -1;
    }

    /// <summary>The rule at a batch rule index.</summary>
    /// <param name="index">The index.</param>
    public PointsRule RuleAt(int index) => _rules[index];

    /// <summary>The first day whose points still count for the honour score on <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The scoring date.</param>
    public LocalDate WindowStart(LocalDate asOf) => asOf.PlusMonths(-Rulebook.Expiry.HonourWindowMonths).PlusDays(1);

    /// <summary>The tier after vetoes.</summary>
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

    /// <summary>
    /// Scores one resident from the ledger, explaining each rule's contribution, what was capped, what expired,
    /// the vetoes and the tier.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="resident">The resident.</param>
    /// <param name="asOf">The scoring date; entries after it are ignored.</param>
    /// <param name="vetoCodes">Veto codes that apply to the resident (host-supplied facts); unknown codes are ignored.</param>
    public Decision<CivilityScore> Score(PointsLedger ledger, ResidentId resident, LocalDate asOf, IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return ScoreSubject(ledger, resident.Value, [resident], asOf, vetoCodes);
    }

    /// <summary>
    /// Scores a household: its members' honour points summed (each member's caps apply to that member), one base
    /// score, and the household's spendable balance as the sum of its members'.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="household">The household.</param>
    /// <param name="members">Its members on the scoring date (from Governance's hierarchy, passed in by the host).</param>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="vetoCodes">Veto codes that apply to the household.</param>
    public Decision<CivilityScore> ScoreHousehold(PointsLedger ledger, HouseholdId household, IEnumerable<ResidentId> members, LocalDate asOf, IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(members);
        return ScoreSubject(ledger, household.Value, members.ToList(), asOf, vetoCodes);
    }

    private Decision<CivilityScore> ScoreSubject(PointsLedger ledger, string subject, IReadOnlyList<ResidentId> residents, LocalDate asOf, IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(vetoCodes);
        var contributions = new SortedDictionary<RuleId, long>();
        long honour = 0, capped = 0, expired = 0, spendable = 0;
        var windowStart = WindowStart(asOf);
        foreach (var resident in residents)
        {
            // A readable reference path: caps are tracked in a dictionary keyed by (slot, period); the batch path
            // does the same work over arrays, and a property test holds the two equal.
            var used = new Dictionary<(int Slot, long Period), long>();
            var entries = ledger.EntriesOf(resident)
                .Where(e => e.Kind is EntryKind.Award or EntryKind.Deduction && !ledger.IsReversed(e.Id) && e.OccurredOn <= asOf)
                .OrderBy(e => e.OccurredOn).ThenBy(e => e.Sequence);
            foreach (var entry in entries)
            {
                var ruleIndex = RuleIndexOf(entry.Rule!.Value, entry.OccurredOn);
                var counted = entry.Points;
                if (counted > 0)
                {
                    var slots = _ruleSlots.AsSpan(_ruleSlotStart[ruleIndex], _ruleSlotStart[ruleIndex + 1] - _ruleSlotStart[ruleIndex]);
                    foreach (var slot in slots)
                    {
                        counted = Math.Min(counted, _slotMax[slot] - used.GetValueOrDefault((slot, PeriodKey((CapPeriod)_slotPeriod[slot], entry.OccurredOn))));
                    }

                    foreach (var slot in slots)
                    {
                        var key = (slot, PeriodKey((CapPeriod)_slotPeriod[slot], entry.OccurredOn));
                        used[key] = used.GetValueOrDefault(key) + counted;
                    }

                    capped += entry.Points - counted;
                }

                if (entry.OccurredOn >= windowStart)
                {
                    honour += counted;
                    contributions[entry.Rule.Value] = contributions.GetValueOrDefault(entry.Rule.Value) + counted;
                }
                else
                {
                    expired += counted;
                }
            }

            spendable += ledger.SpendableBalance(resident);
        }

        var score = Rulebook.Credit.BaseScore + honour;
        var vetoes = Rulebook.Credit.Vetoes.Where(v => vetoCodes.Contains(v.Code)).ToImmutableArray();
        var scoreTier = Rulebook.Credit.TierOf(score);
        var tier = TierOf(score, vetoes);
        var result = new CivilityScore(subject, honour, score, scoreTier, tier, Rulebook.Credit.BenefitsOf(tier), spendable,
            contributions.ToImmutableSortedDictionary(), capped, expired, vetoes);
        return Decision<CivilityScore>.Create(result, Explanation.Create(Rulebook.Header.Reference, Explain(result, asOf, windowStart)));
    }

    private IEnumerable<ExplanationStep> Explain(CivilityScore score, LocalDate asOf, LocalDate windowStart)
    {
        foreach (var (rule, points) in score.ContributionByRule)
        {
            yield return ExplanationStep.Of(rule, $"counted {points:+#;-#;0} points", Figure.Of("points", points));
        }

        yield return ExplanationStep.Of(RuleId.From("civility.caps"), "Positive points above a rule's or category's cap did not count.", Figure.Of("capped", score.CappedPoints));
        yield return ExplanationStep.Of(RuleId.From("civility.expiry"), $"Points before {windowStart:uuuu-MM-dd} ({Rulebook.Expiry.HonourWindowMonths} months before {asOf:uuuu-MM-dd}) no longer count.", Figure.Of("expired", score.ExpiredPoints));
        foreach (var veto in score.Vetoes)
        {
            yield return ExplanationStep.Of(veto.Code, $"Veto (一票否决): {veto.Description}; tier capped at {veto.CapTier}.", Figure.Of("cap", veto.CapTier));
        }

        yield return ExplanationStep.Of(RuleId.From("credit.tier"), $"Score {Rulebook.Credit.BaseScore} + {score.HonourPoints} = {score.Score} gives tier {score.ScoreTier}; after vetoes {score.Tier}.",
            Figure.Of("base", Rulebook.Credit.BaseScore), Figure.Of("honour", score.HonourPoints), Figure.Of("score", score.Score), Figure.Of("tier", score.Tier));
    }

    private static long PeriodKey(CapPeriod period, LocalDate date) => period switch
    {
        CapPeriod.Day => DayNumber(date),
        CapPeriod.Month => (date.Year * 12L) + date.Month - 1,
        CapPeriod.Quarter => (date.Year * 4L) + ((date.Month - 1) / 3),
        _ => date.Year,
    };
}
