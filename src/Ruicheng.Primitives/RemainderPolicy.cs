using System.Globalization;

namespace Ruicheng.Primitives;

/// <summary>
/// Where the fen left over after every party has received the whole-fen floor of its exact share go
/// when <see cref="Money"/> is allocated (尾差处理). A named, explicit choice; the default everywhere is
/// <see cref="LargestRemainder"/>.
/// </summary>
public sealed class RemainderPolicy
{
    private RemainderPolicy(RemainderPolicyKind kind, object? party, string description)
    {
        Kind = kind;
        Party = party;
        Description = description;
    }

    /// <summary>
    /// The largest-remainder (Hamilton) method: one extra fen each to the parties with the largest fractional
    /// remainders. Ties go first to the larger weight, then to the smaller key (by the key comparer; by position
    /// when no keys are given). Every part is then less than one fen from its exact share.
    /// </summary>
    public static RemainderPolicy LargestRemainder { get; } =
        new(RemainderPolicyKind.LargestRemainder, null, "largest remainder; ties to the larger weight, then the smaller key");

    /// <summary>All leftover fen to the party with the largest weight (ties to the smaller key).</summary>
    public static RemainderPolicy LargestWeight { get; } =
        new(RemainderPolicyKind.LargestWeight, null, "all leftover fen to the largest weight; ties to the smaller key");

    /// <summary>What the policy does, for explanations.</summary>
    public string Description { get; }

    internal RemainderPolicyKind Kind { get; }

    internal object? Party { get; }

    /// <summary>
    /// All leftover fen to one named party, e.g. the village collective (村集体). The party must be among the
    /// keys of the allocation and have a positive weight.
    /// </summary>
    /// <typeparam name="TKey">The key type of the allocation this policy will be used with.</typeparam>
    /// <param name="party">The key of the party that takes the leftover fen.</param>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public static RemainderPolicy ToParty<TKey>(TKey party)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(party);
        return new RemainderPolicy(RemainderPolicyKind.ToParty, party, string.Create(CultureInfo.InvariantCulture, $"all leftover fen to {party}"));
    }

    /// <summary>All leftover fen to the weight at a position, for allocations made without keys.</summary>
    /// <param name="index">The zero-based position of the weight.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static RemainderPolicy ToPosition(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new RemainderPolicy(RemainderPolicyKind.ToParty, index, string.Create(CultureInfo.InvariantCulture, $"all leftover fen to position {index}"));
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
