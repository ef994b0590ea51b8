using System.Collections.Immutable;

namespace Ruicheng.Civility.Ledger;

/// <summary>
/// An immutable map that only grows, for a ledger's indexes: a frozen base (a plain dictionary, never written after it
/// is built, so any number of threads read it) and the keys set since in a small immutable delta. A reopened county
/// ledger builds its base in one pass instead of a million-node persistent tree; each later state shares the base.
/// When the delta outgrows a quarter of the base it is folded into a new base, so lookups stay two probes and a set
/// costs amortised constant time.
/// </summary>
internal sealed class GrowingMap<TKey, TValue>
    where TKey : notnull
{
    private const int MinimumFold = 1024;

    private readonly Dictionary<TKey, TValue> _base;
    private readonly ImmutableDictionary<TKey, TValue> _delta;

    private GrowingMap(Dictionary<TKey, TValue> frozen, ImmutableDictionary<TKey, TValue> delta)
    {
        _base = frozen;
        _delta = delta;
    }

    public static GrowingMap<TKey, TValue> Empty { get; } = new([], ImmutableDictionary<TKey, TValue>.Empty);

    /// <summary>A map over <paramref name="frozen"/>, which the caller hands over and never writes again.</summary>
    public static GrowingMap<TKey, TValue> Over(Dictionary<TKey, TValue> frozen) => new(frozen, ImmutableDictionary<TKey, TValue>.Empty.WithComparers(frozen.Comparer));

    public bool TryGetValue(TKey key, out TValue value) => _delta.TryGetValue(key, out value!) || _base.TryGetValue(key, out value!);

    public bool ContainsKey(TKey key) => _delta.ContainsKey(key) || _base.ContainsKey(key);

    /// <summary>The map with <paramref name="key"/> set to <paramref name="value"/>; this map is unchanged.</summary>
    public GrowingMap<TKey, TValue> SetItem(TKey key, TValue value)
    {
        var delta = _delta.SetItem(key, value);
        if (delta.Count <= Math.Max(MinimumFold, _base.Count / 4))
        {
            return new GrowingMap<TKey, TValue>(_base, delta);
        }

        var folded = new Dictionary<TKey, TValue>(_base, _base.Comparer);
        foreach (var (k, v) in delta)
        {
            folded[k] = v;
        }

        return Over(folded);
    }
}
