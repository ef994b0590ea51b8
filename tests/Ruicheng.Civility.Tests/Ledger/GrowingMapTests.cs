using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.Civility.Ledger;

namespace Ruicheng.Civility.Tests.Ledger;

/// <summary>
/// <see cref="GrowingMap{TKey, TValue}"/> behaves as an immutable map whatever the base and however far the delta grows
/// (across folds): every version answers as a dictionary model of the sets made up to it, and older versions never change.
/// </summary>
public sealed class GrowingMapTests
{
    [Property(MaxTest = 60)]
    public Property EveryVersion_AnswersAsItsModel_AcrossFolds() =>
        Prop.ForAll(Gen.Choose(0, 3000).ToArbitrary(), Gen.Choose(0, 6000).ToArbitrary(), Gen.Choose(1, 5000).ToArbitrary(), (baseCount, sets, keySpace) =>
        {
            var random = new Random(baseCount * 7919 + sets);
            var model = Enumerable.Range(0, baseCount).ToDictionary(k => k, k => -k);
            var map = GrowingMap<int, int>.Over(new Dictionary<int, int>(model));
            var versions = new List<(GrowingMap<int, int> Map, Dictionary<int, int> Model)> { (map, new(model)) };
            for (var i = 0; i < sets; i++)
            {
                var key = random.Next(keySpace + baseCount);
                map = map.SetItem(key, i);
                model[key] = i;
                if (i % 997 == 0)
                {
                    versions.Add((map, new(model)));
                }
            }

            versions.Add((map, model));
            foreach (var (version, expected) in versions)
            {
                for (var key = -1; key < keySpace + baseCount + 1; key += 1 + ((key + 1) % 7))
                {
                    Assert.Equal(expected.TryGetValue(key, out var value), version.TryGetValue(key, out var actual));
                    Assert.Equal(expected.ContainsKey(key), version.ContainsKey(key));
                    if (expected.ContainsKey(key))
                    {
                        Assert.Equal(value, actual);
                    }
                }
            }
        });
}
