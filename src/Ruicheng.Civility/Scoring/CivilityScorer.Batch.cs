using NodaTime;
using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Scoring;

public sealed partial class CivilityScorer
{
    /// <summary>
    /// Scores every resident of a columnar ledger in one pass, writing each resident's score and tier into the
    /// caller's spans. Same figures as <see cref="Score(Ledger.PointsLedger, ResidentId, LocalDate, IEnumerable{RuleId})"/>
    /// (canonical order, versioned caps, expiry, vetoes); entries dated after <paramref name="asOf"/> are left out, so a
    /// resident whose entries all fall after it scores the base score. Allocates only small tables once per call (the
    /// cap accumulators and one cap record per rule version), never per entry.
    /// </summary>
    /// <param name="ledger">The columnar ledger; its rule indexes must come from this scorer.</param>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="scores">Receives base + honour points per resident; length at least the resident count.</param>
    /// <param name="tiers">Receives the tier per resident.</param>
    /// <param name="vetoCaps">Per resident, the highest tier allowed by vetoes (<see cref="CreditTier.AAA"/> for none), or empty when no vetoes apply.</param>
    /// <exception cref="ArgumentException">A span is too short, or the ledger holds a rule index this scorer does not have (it was built for another rulebook).</exception>
    public void ScoreBatch(ScoringLedger ledger, LocalDate asOf, Span<long> scores, Span<CreditTier> tiers, ReadOnlySpan<CreditTier> vetoCaps)
    {
        var tables = Prepare(ledger, asOf, scores.Length, tiers.Length, vetoCaps.IsEmpty ? -1 : vetoCaps.Length);
        ScoreRange(tables, 0, ledger.ResidentCount, scores, tiers, vetoCaps, new int[tables.SlotCount], new long[tables.SlotCount]);
    }

    /// <summary>
    /// <see cref="ScoreBatch"/> across cores: the residents are split into ranges of about equal entry counts, each
    /// scored by one worker with its own cap accumulators, so the output is the same, byte for byte, as one pass gives.
    /// </summary>
    /// <param name="ledger">The columnar ledger; its rule indexes must come from this scorer.</param>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="scores">Receives base + honour points per resident; length at least the resident count.</param>
    /// <param name="tiers">Receives the tier per resident.</param>
    /// <param name="vetoCaps">Per resident, the highest tier allowed by vetoes, or empty when no vetoes apply.</param>
    /// <param name="maxDegreeOfParallelism">The most workers at once; -1 for as many as the machine has cores.</param>
    /// <exception cref="ArgumentException">A buffer is too short, or the ledger was built for another rulebook.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public void ScoreBatchParallel(ScoringLedger ledger, LocalDate asOf, Memory<long> scores, Memory<CreditTier> tiers, ReadOnlyMemory<CreditTier> vetoCaps, int maxDegreeOfParallelism = -1)
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 for every core, or a positive number of workers.");
        }

        var tables = Prepare(ledger, asOf, scores.Length, tiers.Length, vetoCaps.IsEmpty ? -1 : vetoCaps.Length);
        var workers = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        var residents = ledger.ResidentCount;
        var chunks = Math.Max(1, Math.Min(residents, workers * 8));
        var bounds = new int[chunks + 1];
        var start = ledger.ResidentStart;
        var entries = (long)start[residents];
        for (var c = 1; c < chunks; c++)
        {
            // The first resident whose entries start at or after this chunk's share of all entries.
            var target = (int)(entries * c / chunks);
            var at = Array.BinarySearch(start, 0, residents + 1, target);
            bounds[c] = Math.Clamp(at >= 0 ? at : ~at, bounds[c - 1], residents);
        }

        bounds[chunks] = residents;
        Parallel.For(
            0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => (Keys: new int[tables.SlotCount], Used: new long[tables.SlotCount]),
            (c, _, scratch) =>
            {
                ScoreRange(tables, bounds[c], bounds[c + 1], scores.Span, tiers.Span, vetoCaps.Span, scratch.Keys, scratch.Used);
                return scratch;
            },
            _ => { });
    }

    /// <summary>What a scoring pass reads besides the entries: checked once per call, shared read-only by every worker.</summary>
    private sealed record BatchTables(
        ScoringLedger Ledger, int SlotCount, int AsOfDay, int WindowStartDay, int[] SlotOffset, RuleCaps[] Caps);

    private BatchTables Prepare(ScoringLedger ledger, LocalDate asOf, int scoresLength, int tiersLength, int vetoCapsLength)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var residents = ledger.ResidentCount;
        if (scoresLength < residents || tiersLength < residents || (vetoCapsLength >= 0 && vetoCapsLength < residents))
        {
            throw new ArgumentException($"The output spans must hold {residents} residents.", "scores");
        }

        CheckBuiltForThisScorer(ledger);
        var slotCount = _plan.Slots.Length;
        var range = ledger.DayRange;
        var minDay = ledger.MinDay;
        var ruleSlotStart = _plan.RuleSlotStart;
        var ruleSlots = _plan.RuleSlots;
        var ruleSlotMax = _plan.RuleSlotMax;
        var slotOffset = new int[slotCount];
        for (var s = 0; s < slotCount; s++)
        {
            slotOffset[s] = ((int)_plan.Slots[s].Period * range) - minDay;
        }

        // Per rule, everything the one- and two-cap paths need in one 32-byte load.
        var caps = new RuleCaps[RuleCount];
        for (var rule = 0; rule < caps.Length; rule++)
        {
            var from = ruleSlotStart[rule];
            var count = ruleSlotStart[rule + 1] - from;
            var (a, b) = (count > 0 ? ruleSlots[from] : 0, count > 1 ? ruleSlots[from + 1] : 0);
            caps[rule] = new RuleCaps(
                count, a, count > 0 ? slotOffset[a] : 0, count > 0 ? ruleSlotMax[from] : 0,
                b, count > 1 ? slotOffset[b] : 0, count > 1 ? ruleSlotMax[from + 1] : 0);
        }

        return new BatchTables(ledger, slotCount, DayNumber(asOf), DayNumber(WindowStart(asOf)), slotOffset, caps);
    }

    /// <summary>Scores residents [from, to) into the spans, with the caller's cap accumulators (one set per worker).</summary>
    private void ScoreRange(BatchTables tables, int firstResident, int endResident, Span<long> scores, Span<CreditTier> tiers, ReadOnlySpan<CreditTier> vetoCaps, int[] currentKey, long[] used)
    {
        var ledger = tables.Ledger;
        var asOfDay = tables.AsOfDay;
        var windowStartDay = tables.WindowStartDay;
        var start = ledger.ResidentStart;
        var packed = ledger.Packed;
        var periodKeys = ledger.PeriodKeys;
        var ruleSlotStart = _plan.RuleSlotStart;
        var ruleSlots = _plan.RuleSlots;
        var ruleSlotMax = _plan.RuleSlotMax;
        var slotOffset = tables.SlotOffset;
        var caps = tables.Caps;
        var baseScore = Rulebook.Credit.BaseScore;
        var credit = Rulebook.Credit;

        for (var r = firstResident; r < endResident; r++)
        {
            // Cap periods start afresh for each resident; no real period key is negative.
            currentKey.AsSpan().Fill(-1);
            long honour = 0;
            var end = start[r + 1];
            for (var i = start[r]; i < end; i++)
            {
                var value = packed[i];
                var d = ScoringLedger.DayOf(value);
                if (d > asOfDay)
                {
                    break;
                }

                long p = ScoringLedger.PointsOf(value);
                if (p > 0)
                {
                    var ruleIndex = ScoringLedger.RuleOf(value);
                    ref readonly var cap = ref caps[ruleIndex];
                    var count = cap.Count;
                    if (count == 1)
                    {
                        // The common case — one cap applies (e.g. the category's monthly cap) — without the slot loops.
                        var a = cap.SlotA;
                        var key = periodKeys[cap.OffsetA + d];
                        if (currentKey[a] != key)
                        {
                            currentKey[a] = key;
                            used[a] = 0;
                        }

                        p = Math.Max(0, Math.Min(p, cap.MaxA - used[a]));
                        used[a] += p;
                    }
                    else if (count == 2)
                    {
                        // A rule's own cap beside its category's: both rooms, then both counters grow by what counted.
                        var (a, b) = (cap.SlotA, cap.SlotB);
                        var keyA = periodKeys[cap.OffsetA + d];
                        var keyB = periodKeys[cap.OffsetB + d];
                        if (currentKey[a] != keyA)
                        {
                            currentKey[a] = keyA;
                            used[a] = 0;
                        }

                        if (currentKey[b] != keyB)
                        {
                            currentKey[b] = keyB;
                            used[b] = 0;
                        }

                        // A room below zero (usage carried over from a version with a higher cap) counts nothing.
                        p = Math.Max(0, Math.Min(p, Math.Min(cap.MaxA - used[a], cap.MaxB - used[b])));
                        used[a] += p;
                        used[b] += p;
                    }
                    else if (count > 2)
                    {
                        var from = ruleSlotStart[ruleIndex];
                        var to = ruleSlotStart[ruleIndex + 1];
                        for (var k = from; k < to; k++)
                        {
                            var s = ruleSlots[k];
                            var key = periodKeys[slotOffset[s] + d];
                            if (currentKey[s] != key)
                            {
                                currentKey[s] = key;
                                used[s] = 0;
                            }

                            p = Math.Min(p, ruleSlotMax[k] - used[s]);
                        }

                        p = Math.Max(0, p);

                        for (var k = from; k < to; k++)
                        {
                            used[ruleSlots[k]] += p;
                        }
                    }
                }

                if (d >= windowStartDay)
                {
                    honour += p;
                }
            }

            var score = baseScore + honour;
            var tier = credit.TierOf(score);
            if (!vetoCaps.IsEmpty && vetoCaps[r] < tier)
            {
                tier = vetoCaps[r];
            }

            scores[r] = score;
            tiers[r] = tier;
        }
    }

    /// <summary>
    /// Explains one resident of a columnar ledger as <see cref="Score(Ledger.PointsLedger, ResidentId, LocalDate, IEnumerable{RuleId})"/>
    /// would, without rescoring anyone else: the same figures as <see cref="ScoreBatch"/> gives that resident, each
    /// entry with its rule version, points, the caps that cut it and expiry. The columns hold neither entry ids nor
    /// redemptions, so entry steps name no entry id and <see cref="CivilityScore.SpendablePoints"/> is 0.
    /// </summary>
    /// <param name="ledger">The columnar ledger; its rule indexes must come from this scorer.</param>
    /// <param name="residentIndex">The resident's index in the columns.</param>
    /// <param name="subject">The resident's id, as the result's <see cref="CivilityScore.Subject"/>.</param>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="vetoCodes">Veto codes that apply to the resident.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="residentIndex"/> is not a resident of the ledger.</exception>
    /// <exception cref="ArgumentException">A veto code is not a veto of the rulebook, or the ledger was built for another rulebook.</exception>
    public Decision<CivilityScore> ExplainResident(ScoringLedger ledger, int residentIndex, string subject, LocalDate asOf, IEnumerable<RuleId> vetoCodes)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentOutOfRangeException.ThrowIfNegative(residentIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(residentIndex, ledger.ResidentCount);
        CheckBuiltForThisScorer(ledger);
        var vetoes = VetoesOf(vetoCodes);
        var steps = new List<ExplanationStep>();
        var tally = new Tally(WindowStart(asOf));
        var usage = new CapUsage(_plan);
        for (var i = ledger.ResidentStart[residentIndex]; i < ledger.ResidentStart[residentIndex + 1]; i++)
        {
            var value = ledger.Packed[i];
            var date = DateOf(ScoringLedger.DayOf(value));
            if (date > asOf)
            {
                break;
            }

            var ruleIndex = ScoringLedger.RuleOf(value);
            long points = ScoringLedger.PointsOf(value);
            var rule = _plan.Rules[ruleIndex];
            var units = points / rule.Points;
            Figure[] amount = rule.Unit == PointsUnit.Occurrence
                ? [Figure.Of("amount", "civility.amount.occurrences"), Figure.Of("quantity", units), Figure.Of("perUnit", rule.Points)]
                : [Figure.Of("amount", "civility.amount.batch-hours"), Figure.Of("quantity", units), Figure.Of("rounding", rule.Rounding), Figure.Of("perUnit", rule.Points)];
            var cuts = new List<CapCut>();
            var counted = usage.Apply(ruleIndex, date, points, cuts);
            var inWindow = tally.Add(rule.Id, date, points, counted);
            steps.Add(EntryStep(rule.Id, null, date, ruleIndex, amount, points, counted, cuts, inWindow, tally.WindowStart));
        }

        var result = Result(subject, tally, vetoes, 0);
        steps.AddRange(Summary(result, asOf, tally.WindowStart));
        return Decision<CivilityScore>.Create(result, Explanation.Create(Rulebook.Header.Reference, steps));
    }

    private void CheckBuiltForThisScorer(ScoringLedger ledger)
    {
        ledger.ThrowIfReturned();
        if (ledger.RuleIndexLimit > RuleCount)
        {
            throw new ArgumentException($"The ledger holds rule index {ledger.RuleIndexLimit - 1}; this scorer has {RuleCount} rules: build the columns with this scorer's rule indexes.", nameof(ledger));
        }
    }

    /// <summary>A rule version's slot count and its first two slots: slot, offset of the period's keys, maximum.</summary>
    private readonly record struct RuleCaps(int Count, int SlotA, int OffsetA, long MaxA, int SlotB, int OffsetB, long MaxB);
}
