using System.Collections.Immutable;

namespace Ruicheng.Civility.Lists;

/// <summary>The quarterly red and black lists (红黑榜): the highest and lowest honour scores of the subjects passed in.</summary>
/// <param name="Label">The period, e.g. <c>2026-Q2</c>.</param>
/// <param name="Red">The red list (光荣榜), best first.</param>
/// <param name="Black">The black list (曝光台), worst first.</param>
public sealed record HonourList(string Label, ImmutableArray<KeyValuePair<string, long>> Red, ImmutableArray<KeyValuePair<string, long>> Black)
{
    /// <summary>
    /// Builds the lists from scores: the top and bottom <paramref name="size"/>, ties broken by subject id so that the
    /// input order never matters; a subject appears on at most one list.
    /// </summary>
    /// <param name="label">The period label.</param>
    /// <param name="scores">Scores by subject (resident or household id).</param>
    /// <param name="size">How many on each list.</param>
    public static HonourList From(string label, IEnumerable<KeyValuePair<string, long>> scores, int size)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        var ordered = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        var red = ordered.Take(size).ToImmutableArray();
        var black = ordered.Skip(red.Length).Reverse().Take(size).ToImmutableArray();
        return new HonourList(label, red, black);
    }
}
