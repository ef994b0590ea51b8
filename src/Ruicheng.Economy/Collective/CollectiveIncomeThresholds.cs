using System.Collections.Immutable;

namespace Ruicheng.Economy.Collective;

/// <summary>
/// How village collective income is classified (村集体经济分类): below <see cref="WeakBelow"/> a village is
/// economically weak (薄弱村, practice: 50,000 yuan a year); <see cref="Milestones"/> mark levels such as one million.
/// </summary>
/// <param name="WeakBelow">The weak-village threshold (exclusive).</param>
/// <param name="Milestones">Milestones, ascending.</param>
public sealed record CollectiveIncomeThresholds(Money WeakBelow, ImmutableArray<Money> Milestones);
