namespace Ruicheng.Civility.Scoring;

/// <summary>
/// A block of entries for a <see cref="ScoringLedgerBuilder"/>, in arrival order. One thread fills a chunk at a time
/// (several chunks may be filled on several threads at once, e.g. one per block of a ledger export); the chunks are
/// then handed to the builder with <see cref="ScoringLedgerBuilder.Append"/> in arrival order. An entry is held
/// packed in 12 bytes, the form the ledger keeps, so no column of text or of wide integers is kept beside it.
/// </summary>
public sealed class ScoringChunk
{
    internal ScoringChunk(int capacity)
    {
        Resident = GC.AllocateUninitializedArray<int>(capacity);
        Packed = GC.AllocateUninitializedArray<long>(capacity);
    }

    /// <summary>How many entries have been added.</summary>
    public int Count { get; internal set; }

    /// <summary>How many entries the chunk holds at most.</summary>
    public int Capacity => Resident.Length;

    /// <summary>Whether <see cref="Count"/> has reached <see cref="Capacity"/>.</summary>
    public bool IsFull => Count == Resident.Length;

    internal int[] Resident { get; }

    internal long[] Packed { get; }

    internal bool Appended { get; set; }

    /// <summary>Adds one entry after those already added.</summary>
    /// <param name="residentIndex">The resident index (0 or more; checked against the resident count when the ledger is built).</param>
    /// <param name="ruleIndex">The resolved rule index (see <see cref="CivilityScorer.RuleIndexOf"/>), 0–4,095.</param>
    /// <param name="day">The day number (<see cref="CivilityScorer.DayNumber"/>).</param>
    /// <param name="points">The points before caps, within ±524,287.</param>
    /// <exception cref="ArgumentException">The resident index is negative, or the rule index or points are out of range.</exception>
    /// <exception cref="InvalidOperationException">The chunk is full, or was already appended to a builder.</exception>
    public void Add(int residentIndex, int ruleIndex, int day, int points)
    {
        if (Appended)
        {
            throw new InvalidOperationException("This chunk was appended to a builder; create a new chunk for more entries.");
        }

        if (Count == Resident.Length)
        {
            throw new InvalidOperationException($"The chunk is full ({Resident.Length} entries); create another.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(residentIndex);
        Resident[Count] = residentIndex;
        Packed[Count] = ScoringLedger.Pack(day, ruleIndex, points);
        Count++;
    }
}
