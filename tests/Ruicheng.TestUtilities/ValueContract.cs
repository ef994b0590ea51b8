using Xunit;

namespace Ruicheng.TestUtilities;

/// <summary>
/// The equality and ordering contract every value type must honour, checked on samples given in ascending order
/// with no two equal. Shared so that each value type's tests state the contract in one line.
/// </summary>
public static class ValueContract
{
    /// <summary>Checks <see cref="IEquatable{T}"/>, <see cref="object.Equals(object)"/>, hash codes and <see cref="IComparable{T}"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="ascending">Distinct samples in strictly ascending order.</param>
    /// <param name="copy">Produces an equal but separately constructed value.</param>
    public static void AssertOrdered<T>(IReadOnlyList<T> ascending, Func<T, T> copy)
        where T : IEquatable<T>, IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(ascending);
        ArgumentNullException.ThrowIfNull(copy);
        AssertEquality(ascending, copy);
        for (var i = 0; i < ascending.Count; i++)
        {
            for (var j = 0; j < ascending.Count; j++)
            {
                Assert.Equal(Math.Sign(i.CompareTo(j)), Math.Sign(ascending[i].CompareTo(ascending[j])));
            }
        }
    }

    /// <summary>Checks equality and hash codes on distinct samples.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="distinct">Pairwise different samples.</param>
    /// <param name="copy">Produces an equal but separately constructed value.</param>
    public static void AssertEquality<T>(IReadOnlyList<T> distinct, Func<T, T> copy)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(distinct);
        ArgumentNullException.ThrowIfNull(copy);
        for (var i = 0; i < distinct.Count; i++)
        {
            var twin = copy(distinct[i]);
            Assert.True(distinct[i].Equals(twin), $"{distinct[i]} should equal its copy");
            Assert.True(distinct[i].Equals((object)twin), $"{distinct[i]} should equal its boxed copy");
            Assert.Equal(distinct[i].GetHashCode(), twin.GetHashCode());
            Assert.False(distinct[i].Equals(null!), $"{distinct[i]} should not equal null");
            for (var j = 0; j < distinct.Count; j++)
            {
                if (i != j)
                {
                    Assert.False(distinct[i].Equals(distinct[j]), $"{distinct[i]} should differ from {distinct[j]}");
                }
            }
        }
    }
}
