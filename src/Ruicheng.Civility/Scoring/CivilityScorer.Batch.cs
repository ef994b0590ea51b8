using NodaTime;
using Ruicheng.Civility.Points;

namespace Ruicheng.Civility.Scoring;

public sealed partial class CivilityScorer
{
    /// <summary>
    /// Scores every resident of a columnar ledger in one pass, writing each resident's score and tier into the
    /// caller's spans. Same semantics as <see cref="Score"/> (caps in date order, expiry, vetoes); allocates only
    /// the per-resident cap accumulator, once per call, never per entry.
    /// </summary>
    /// <param name="ledger">The columnar ledger; its rule indexes must come from this scorer.</param>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="scores">Receives base + honour points per resident; length at least the resident count.</param>
    /// <param name="tiers">Receives the tier per resident.</param>
    /// <param name="vetoCaps">Per resident, the highest tier allowed by vetoes (<see cref="CreditTier.AAA"/> for none), or empty when no vetoes apply.</param>
    /// <exception cref="ArgumentException">A span is too short.</exception>
    public void ScoreBatch(ScoringLedger ledger, LocalDate asOf, Span<long> scores, Span<CreditTier> tiers, ReadOnlySpan<CreditTier> vetoCaps)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var residents = ledger.ResidentCount;
        if (scores.Length < residents || tiers.Length < residents || (!vetoCaps.IsEmpty && vetoCaps.Length < residents))
        {
            throw new ArgumentException($"The output spans must hold {residents} residents.", nameof(scores));
        }

        var slotCount = _slotMax.Length;
        var currentKey = new int[slotCount];
        var used = new long[slotCount];

        var asOfDay = DayNumber(asOf);
        var windowStartDay = DayNumber(WindowStart(asOf));
        var start = ledger.ResidentStart;
        var packed = ledger.Packed;
        var periodKeys = ledger.PeriodKeys;
        var range = ledger.DayRange;
        var minDay = ledger.MinDay;
        var ruleSlotStart = _ruleSlotStart;
        var ruleSlots = _ruleSlots;
        var slotOffset = new int[slotCount];
        for (var s = 0; s < slotCount; s++)
        {
            slotOffset[s] = (_slotPeriod[s] * range) - minDay;
        }

        var slotMax = _slotMax;
        var singleSlot = _ruleSingleSlot;

        // Per rule, everything the single-cap path needs in one 16-byte load.
        var singleCap = new SingleCap[singleSlot.Length];
        for (var rule = 0; rule < singleCap.Length; rule++)
        {
            var slot = singleSlot[rule];
            singleCap[rule] = slot >= 0 ? new SingleCap(slot, slotOffset[slot], slotMax[slot]) : new SingleCap(slot, 0, 0);
        }

        var baseScore = Rulebook.Credit.BaseScore;
        var credit = Rulebook.Credit;

        for (var r = 0; r < residents; r++)
        {
            // Cap periods start afresh for each resident; no real period key is negative.
            currentKey.AsSpan().Fill(-1);
            long honour = 0;
            var end = start[r + 1];
            for (var i = start[r]; i < end; i++)
            {
                var value = packed[i];
                var d = (int)(value >> 32);
                if (d > asOfDay)
                {
                    break;
                }

                // The low 20 bits hold the signed points: shift them to the top of an int and back to sign-extend.
                long p = unchecked((int)((uint)value << 12) >> 12);
                if (p > 0)
                {
                    var ruleIndex = unchecked((int)((uint)value >> 20));
                    var cap = singleCap[ruleIndex];
                    var single = cap.Slot;
                    if (single >= 0)
                    {
                        // The common case — one cap applies (e.g. the category's monthly cap) — without the slot loops.
                        var key = periodKeys[cap.Offset + d];
                        if (currentKey[single] != key)
                        {
                            currentKey[single] = key;
                            used[single] = 0;
                        }

                        var room = cap.Max - used[single];
                        if (room < p)
                        {
                            p = room;
                        }

                        used[single] += p;
                    }
                    else if (single == MultipleSlots)
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

                            var room = slotMax[s] - used[s];
                            if (room < p)
                            {
                                p = room;
                            }
                        }

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

    /// <summary>A rule's only cap: its slot, the offset of its period's keys, and its maximum.</summary>
    private readonly record struct SingleCap(int Slot, int Offset, long Max);
}
