using System.Diagnostics.Contracts;
using System.Numerics;

namespace Ruicheng.Primitives;

public readonly partial struct Money
{
    /// <summary>
    /// Splits this amount in proportion to whole-number weights, to the fen, by the largest-remainder method
    /// (<see cref="RemainderPolicy.LargestRemainder"/>). Without keys, ties are broken by the larger weight and
    /// then by <b>position</b> (the earlier weight wins); pass keys to
    /// <see cref="Allocate{TKey}(ReadOnlySpan{TKey}, ReadOnlySpan{long}, RemainderPolicy, IComparer{TKey}?)"/>
    /// when the result must not depend on input order.
    /// </summary>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <returns>One amount per weight, in input order; they sum to this amount exactly; a zero weight gets exactly zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, has a negative weight or is all zero.</exception>
    /// <remarks>
    /// A negative amount is allocated symmetrically: the result is the negation of allocating its absolute value
    /// (computed exactly, so <see cref="MinValue"/>, whose absolute value no <see cref="Money"/> holds, is allocated too).
    /// Every overload works for every total from <see cref="MinValue"/> to <see cref="MaxValue"/>.
    /// </remarks>
    [Pure]
    public Money[] Allocate(ReadOnlySpan<long> weights) => Allocate(weights, RemainderPolicy.LargestRemainder);

    /// <summary>Splits this amount in proportion to whole-number weights with an explicit remainder policy; ties by position.</summary>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <param name="policy">Where leftover fen go; for a named party use <see cref="RemainderPolicy.ToPosition"/>.</param>
    /// <returns>One amount per weight, in input order, summing to this amount exactly.</returns>
    /// <exception cref="ArgumentException">Bad weights, or a policy naming a position that is missing or has zero weight.</exception>
    [Pure]
    public Money[] Allocate(ReadOnlySpan<long> weights, RemainderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var integers = ToIntegerWeights(weights);
        return Apportion(_fen, integers, ComparePositions, PartyPosition(policy, weights.Length), policy.Kind);
    }

    /// <summary>Splits this amount in proportion to decimal weights (e.g. mu of land), largest remainder, ties by position.</summary>
    /// <param name="weights">
    /// Non-negative weights, at least one positive, of any scale and size <c>decimal</c> holds. They are brought to one
    /// power of ten and apportioned in exact integer arithmetic, never through a rounded quotient or floating point.
    /// </param>
    /// <returns>One amount per weight, in input order, summing to this amount exactly.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is empty, has a negative weight or is all zero.</exception>
    [Pure]
    public Money[] Allocate(ReadOnlySpan<decimal> weights) => Allocate(weights, RemainderPolicy.LargestRemainder);

    /// <summary>Splits this amount in proportion to decimal weights with an explicit remainder policy; ties by position.</summary>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <param name="policy">Where leftover fen go.</param>
    /// <returns>One amount per weight, in input order, summing to this amount exactly.</returns>
    /// <exception cref="ArgumentException">Bad weights, or a policy naming a position that is missing or has zero weight.</exception>
    [Pure]
    public Money[] Allocate(ReadOnlySpan<decimal> weights, RemainderPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var integers = ToIntegerWeights(weights);
        return Apportion(_fen, integers, ComparePositions, PartyPosition(policy, weights.Length), policy.Kind);
    }

    /// <summary>Splits this amount by a ratio such as 8:1:1, largest remainder, ties by position (the earlier part wins).</summary>
    /// <param name="ratio">The ratio.</param>
    /// <returns>One amount per part, in order, summing to this amount exactly.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="ratio"/> is <c>default</c>.</exception>
    [Pure]
    public Money[] Allocate(Ratio ratio) => Allocate(ratio.Parts.AsSpan());

    /// <summary>
    /// Splits this amount between keyed parties in proportion to whole-number weights, by largest remainder with
    /// ties to the larger weight and then the smaller key (<see cref="Comparer{T}.Default"/>): permuting the
    /// (key, weight) pairs permutes the result and changes nothing else.
    /// </summary>
    /// <typeparam name="TKey">The party key, e.g. a household id.</typeparam>
    /// <param name="keys">Distinct party keys, one per weight.</param>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <returns>One amount per key, in input order, summing to this amount exactly; a zero weight gets exactly zero.</returns>
    /// <exception cref="ArgumentException">Keys and weights differ in length, keys repeat, or the weights are bad.</exception>
    [Pure]
    public Money[] Allocate<TKey>(ReadOnlySpan<TKey> keys, ReadOnlySpan<long> weights)
        where TKey : notnull => Allocate(keys, weights, RemainderPolicy.LargestRemainder, null);

    /// <summary>Splits this amount between keyed parties in proportion to decimal weights; largest remainder, ties to the larger weight, then the smaller key.</summary>
    /// <typeparam name="TKey">The party key.</typeparam>
    /// <param name="keys">Distinct party keys, one per weight.</param>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <returns>One amount per key, in input order, summing to this amount exactly.</returns>
    /// <exception cref="ArgumentException">Keys and weights differ in length, keys repeat, or the weights are bad.</exception>
    [Pure]
    public Money[] Allocate<TKey>(ReadOnlySpan<TKey> keys, ReadOnlySpan<decimal> weights)
        where TKey : notnull => Allocate(keys, weights, RemainderPolicy.LargestRemainder, null);

    /// <summary>
    /// Splits this amount between keyed parties in proportion to whole-number weights. With
    /// <see cref="RemainderPolicy.LargestRemainder"/>, ties are broken by the larger weight and then by the
    /// <b>smaller key</b> under <paramref name="keyComparer"/>, so permuting the (key, weight) pairs permutes the
    /// result and changes nothing else.
    /// </summary>
    /// <typeparam name="TKey">The party key, e.g. a household id.</typeparam>
    /// <param name="keys">Distinct party keys, one per weight.</param>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <param name="policy">Where leftover fen go.</param>
    /// <param name="keyComparer">Orders keys for tie-breaks; <see cref="Comparer{T}.Default"/> when null.</param>
    /// <returns>One amount per key, in input order, summing to this amount exactly; a zero weight gets exactly zero.</returns>
    /// <exception cref="ArgumentException">
    /// Keys and weights differ in length, keys repeat, weights are bad, or the policy names a party that is not a key or has zero weight.
    /// </exception>
    [Pure]
    public Money[] Allocate<TKey>(ReadOnlySpan<TKey> keys, ReadOnlySpan<long> weights, RemainderPolicy policy, IComparer<TKey>? keyComparer)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(policy);
        var integers = ToIntegerWeights(weights);
        return AllocateKeyed(keys, integers, policy, keyComparer);
    }

    /// <summary>
    /// Splits this amount between keyed parties in proportion to decimal weights; see
    /// <see cref="Allocate{TKey}(ReadOnlySpan{TKey}, ReadOnlySpan{long}, RemainderPolicy, IComparer{TKey}?)"/> for the tie-break.
    /// </summary>
    /// <typeparam name="TKey">The party key.</typeparam>
    /// <param name="keys">Distinct party keys, one per weight.</param>
    /// <param name="weights">Non-negative weights, at least one positive.</param>
    /// <param name="policy">Where leftover fen go.</param>
    /// <param name="keyComparer">Orders keys for tie-breaks; <see cref="Comparer{T}.Default"/> when null.</param>
    /// <returns>One amount per key, in input order, summing to this amount exactly.</returns>
    /// <exception cref="ArgumentException">See the whole-number overload.</exception>
    [Pure]
    public Money[] Allocate<TKey>(ReadOnlySpan<TKey> keys, ReadOnlySpan<decimal> weights, RemainderPolicy policy, IComparer<TKey>? keyComparer)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(policy);
        var integers = ToIntegerWeights(weights);
        return AllocateKeyed(keys, integers, policy, keyComparer);
    }

    private Money[] AllocateKeyed<TKey, TWeight>(ReadOnlySpan<TKey> keys, TWeight[] weights, RemainderPolicy policy, IComparer<TKey>? keyComparer)
        where TKey : notnull
        where TWeight : IBinaryInteger<TWeight>
    {
        keyComparer ??= Comparer<TKey>.Default;
        Preconditions.CheckArgument(keys.Length == weights.Length, nameof(keys), $"There are {keys.Length} keys for {weights.Length} weights; give one key per weight.");
        var keyArray = keys.ToArray();
        var order = new int[keyArray.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => keyComparer.Compare(keyArray[a], keyArray[b]));
        var rank = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            Preconditions.CheckArgument(
                i == 0 || keyComparer.Compare(keyArray[order[i - 1]], keyArray[order[i]]) != 0,
                nameof(keys),
                $"Key '{keyArray[order[i]]}' appears more than once; allocation keys must be distinct.");
            rank[order[i]] = i;
        }

        var party = -1;
        if (policy.Kind == RemainderPolicyKind.ToParty)
        {
            Preconditions.CheckArgument(policy.Party is TKey, nameof(policy), $"The remainder policy names '{policy.Party}', which is not a {typeof(TKey).Name} key.");
            party = Array.FindIndex(keyArray, k => keyComparer.Compare(k, (TKey)policy.Party!) == 0);
            Preconditions.CheckArgument(party >= 0, nameof(policy), $"The remainder policy names '{policy.Party}', which is not among the keys.");
        }

        return Apportion(_fen, weights, (a, b) => rank[a].CompareTo(rank[b]), party, policy.Kind);
    }

    private static int ComparePositions(int a, int b) => a.CompareTo(b);

    private static int PartyPosition(RemainderPolicy policy, int count)
    {
        if (policy.Kind != RemainderPolicyKind.ToParty)
        {
            return -1;
        }

        Preconditions.CheckArgument(
            policy.Party is int position && position < count,
            nameof(policy),
            $"The remainder policy names '{policy.Party}', which is not a position among {count} weights.");
        return (int)policy.Party;
    }

    private static Int128[] ToIntegerWeights(ReadOnlySpan<long> weights)
    {
        CheckWeightCount(weights.Length);
        var result = new Int128[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            Preconditions.CheckArgument(weights[i] >= 0, nameof(weights), $"Weight {i} is {weights[i]}; weights must not be negative.");
            result[i] = weights[i];
        }

        return result;
    }

    private static BigInteger[] ToIntegerWeights(ReadOnlySpan<decimal> weights)
    {
        CheckWeightCount(weights.Length);
        var maxScale = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            Preconditions.CheckArgument(weights[i] >= 0, nameof(weights), $"Weight {i} is {weights[i]}; weights must not be negative.");
            maxScale = Math.Max(maxScale, weights[i].Scale);
        }

        // Bring every weight to one power of ten so that proportions are compared exactly, never through
        // a rounded decimal quotient.
        var result = new BigInteger[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            var weight = weights[i];
            var bits = decimal.GetBits(weight);
            // The 96-bit mantissa is three words read as unsigned; the build checks arithmetic, so say so explicitly.
            var mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | unchecked((uint)bits[0]);
            result[i] = mantissa * BigInteger.Pow(10, maxScale - weight.Scale);
        }

        return result;
    }

    private static void CheckWeightCount(int count) =>
        Preconditions.CheckArgument(count > 0, "weights", "At least one weight is needed to allocate money.");

    private static Money[] Apportion<T>(long totalFen, T[] weights, Comparison<int> keyOrder, int party, RemainderPolicyKind kind)
        where T : IBinaryInteger<T>
    {
        var weightSum = T.Zero;
        foreach (var weight in weights)
        {
            weightSum += weight;
        }

        Preconditions.CheckArgument(weightSum > T.Zero, "weights", "All weights are zero; at least one weight must be positive.");
        Preconditions.CheckArgument(party < 0 || weights[party] > T.Zero, "policy", "The remainder policy names a party whose weight is zero; a zero weight gets exactly zero.");

        var magnitude = T.CreateChecked(totalFen < 0 ? -(Int128)totalFen : totalFen);
        // Parts stay in the weight's integer type until the sign is applied: |MinValue| is one more than MaxValue.
        var parts = new T[weights.Length];
        var remainders = new T[weights.Length];
        var floorSum = T.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            var (quotient, remainder) = T.DivRem(magnitude * weights[i], weightSum);
            parts[i] = quotient;
            remainders[i] = remainder;
            floorSum += quotient;
        }

        var leftover = int.CreateChecked(magnitude - floorSum);
        if (leftover > 0)
        {
            switch (kind)
            {
                case RemainderPolicyKind.LargestRemainder:
                    GiveByLargestRemainder(parts, weights, remainders, leftover, keyOrder);
                    break;
                case RemainderPolicyKind.LargestWeight:
                    parts[IndexOfLargestWeight(weights, keyOrder)] += T.CreateChecked(leftover);
                    break;
                case RemainderPolicyKind.ToParty:
                    parts[party] += T.CreateChecked(leftover);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown remainder policy.");
            }
        }

        var result = new Money[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            result[i] = new Money(long.CreateChecked(totalFen < 0 ? -parts[i] : parts[i]));
        }

        return result;
    }

    private static void GiveByLargestRemainder<T>(T[] parts, T[] weights, T[] remainders, int leftover, Comparison<int> keyOrder)
        where T : IBinaryInteger<T>
    {
        // Only parties with a non-zero remainder can be owed a fen, and there are always at least `leftover` of them.
        var candidates = new List<int>();
        for (var i = 0; i < remainders.Length; i++)
        {
            if (remainders[i] > T.Zero)
            {
                candidates.Add(i);
            }
        }

        Comparison<int> owedFirst = (a, b) =>
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            if (byRemainder != 0)
            {
                return byRemainder;
            }

            var byWeight = weights[b].CompareTo(weights[a]);
            return byWeight != 0 ? byWeight : keyOrder(a, b);
        };

        // Only which parties are owed a fen matters, not their order among themselves: select the first `leftover`
        // in that order (linear on average) rather than sorting every candidate.
        var owed = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        SelectFirst(owed, leftover, owedFirst);
        foreach (var index in owed[..leftover])
        {
            parts[index]++;
        }
    }

    /// <summary>
    /// Rearranges <paramref name="items"/> so that its first <paramref name="count"/> elements are the first
    /// <paramref name="count"/> in <paramref name="order"/> (a strict total order), in no particular order among
    /// themselves: quickselect with median-of-three pivots, falling back to a sort of the remaining range when the
    /// partitioning degenerates, so it is linear on average and never worse than n log n.
    /// </summary>
    private static void SelectFirst(Span<int> items, int count, Comparison<int> order)
    {
        var budget = 2 * (BitOperations.Log2((uint)items.Length) + 1);
        var low = 0;
        var high = items.Length - 1;
        while (low < high && count > low && count <= high)
        {
            if (--budget < 0)
            {
                items[low..(high + 1)].Sort(order);
                return;
            }

            var pivot = MedianOfThree(items, low, low + ((high - low) / 2), high, order);
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (order(items[i], pivot) < 0)
                {
                    i++;
                }

                while (order(items[j], pivot) > 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    i++;
                    j--;
                }
            }

            // [low, j] come before or equal the pivot, [i, high] after or equal; everything between equals the pivot.
            if (count <= j)
            {
                high = j;
            }
            else if (count >= i)
            {
                low = i;
            }
            else
            {
                return;
            }
        }
    }

    private static int MedianOfThree(Span<int> items, int a, int b, int c, Comparison<int> order)
    {
        var (x, y, z) = (items[a], items[b], items[c]);
        if (order(x, y) > 0)
        {
            (x, y) = (y, x);
        }

        if (order(y, z) > 0)
        {
            (y, z) = (z, y);
            if (order(x, y) > 0)
            {
                (x, y) = (y, x);
            }
        }

        return y;
    }

    private static int IndexOfLargestWeight<T>(T[] weights, Comparison<int> keyOrder)
        where T : IBinaryInteger<T>
    {
        var best = 0;
        for (var i = 1; i < weights.Length; i++)
        {
            var byWeight = weights[i].CompareTo(weights[best]);
            if (byWeight > 0 || (byWeight == 0 && keyOrder(i, best) < 0))
            {
                best = i;
            }
        }

        return best;
    }
}
