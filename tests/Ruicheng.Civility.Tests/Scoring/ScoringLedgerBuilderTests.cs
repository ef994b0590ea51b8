using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Civility.Tests.Scoring;

/// <summary>
/// The builder groups exactly as <see cref="ScoringLedger.FromUnsorted"/> does — whatever the chunking, the number of
/// workers, a renumbering, or the scratch left from an earlier build — and refuses misuse with a clear error.
/// </summary>
public sealed class ScoringLedgerBuilderTests
{
    [Property(MaxTest = 200)]
    public Property Builds_AreFromUnsorted_ForAnyChunkingAndWorkers() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var residents = random.Next(0, 40);
            var count = residents == 0 ? 0 : random.Next(0, 300);
            var (resident, rule, day, points) = Columns(random, residents, count);
            var expected = ScoringLedger.FromUnsorted(residents, resident, rule, day, points);

            var builder = new ScoringLedgerBuilder(1 + random.Next(4));
            SameLedger(expected, builder.FromUnsorted(residents, resident, rule, day, points));

            // Again through chunks of random sizes (empty ones included), on the same builder's scratch.
            builder.Append(builder.CreateChunk(1));
            for (var from = 0; from < count;)
            {
                var size = random.Next(0, 40);
                var chunk = builder.CreateChunk(Math.Max(size, 1));
                for (var i = from; i < Math.Min(count, from + size); i++)
                {
                    chunk.Add(resident[i], rule[i], day[i], points[i]);
                }

                builder.Append(chunk);
                from += size;
            }

            Assert.Equal(count, builder.EntryCount);
            SameLedger(expected, builder.Build(residents));
            Assert.Equal(0, builder.EntryCount);
        });

    [Property(MaxTest = 100)]
    public Property Renumbering_IsFromUnsortedOfTheRenumberedColumns() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var residents = random.Next(1, 30);
            var (resident, rule, day, points) = Columns(random, residents, random.Next(0, 200));
            var newIndexOf = Enumerable.Range(0, residents).OrderBy(_ => random.Next()).ToArray();
            var expected = ScoringLedger.FromUnsorted(residents + 2, resident.Select(r => newIndexOf[r]).ToArray(), rule, day, points);

            var builder = new ScoringLedgerBuilder(2);
            var chunk = builder.CreateChunk(Math.Max(1, resident.Length));
            for (var i = 0; i < resident.Length; i++)
            {
                chunk.Add(resident[i], rule[i], day[i], points[i]);
            }

            builder.Append(chunk);
            SameLedger(expected, builder.Build(residents + 2, newIndexOf));
        });

    [Fact]
    public void ManyEntries_SplitAcrossWorkers_KeepArrivalOrderWithinEachResident()
    {
        // Enough entries for several workers; each resident's entries arrive in canonical order except a few.
        var random = new Random(19);
        var (resident, rule, day, points) = Columns(random, 1_000, 400_000);
        var expected = ScoringLedger.FromUnsorted(1_000, resident, rule, day, points);
        SameLedger(expected, new ScoringLedgerBuilder(4).FromUnsorted(1_000, resident, rule, day, points));
        SameLedger(expected, new ScoringLedgerBuilder(1).FromUnsorted(1_000, resident, rule, day, points));
    }

    [Fact]
    public void Misuse_IsRefusedWithTheReason()
    {
        var builder = new ScoringLedgerBuilder();
        var chunk = builder.CreateChunk(2);
        chunk.Add(0, 0, 20_000, 5);
        chunk.Add(3, 0, 20_000, 5);
        Assert.Throws<InvalidOperationException>(() => chunk.Add(0, 0, 20_000, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.CreateChunk(2).Add(-1, 0, 20_000, 5));
        Assert.Throws<ArgumentException>(() => builder.CreateChunk(2).Add(0, 4_096, 20_000, 5));
        builder.Append(chunk);
        Assert.Throws<InvalidOperationException>(() => builder.Append(chunk));
        Assert.Throws<InvalidOperationException>(() => chunk.Add(1, 0, 20_000, 5));

        var error = Assert.Throws<ArgumentException>(() => builder.Build(3));
        Assert.Contains("Entry 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, builder.EntryCount);
        Assert.Throws<ArgumentException>(() => builder.Build(4, [0, 1, 2]));
        Assert.Equal(2, builder.Build(4).EntryCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScoringLedgerBuilder(0));
    }

    [Fact]
    public void AReturnedLedger_LendsItsMemoryToTheNextBuild_AndCanNoLongerBeRead()
    {
        var random = new Random(7);
        var (resident, rule, day, points) = Columns(random, 50, 2_000);
        var builder = new ScoringLedgerBuilder(2);
        var first = builder.FromUnsorted(50, resident, rule, day, points);
        var packed = first.Packed;
        builder.Return(first);
        Assert.Throws<InvalidOperationException>(() => builder.Return(first));

        var scorer = new CivilityScorer(Ruicheng.Civility.Rulebooks.CivilityRulebookFile.LoadRuicheng());
        Assert.Throws<ObjectDisposedException>(() => scorer.ScoreBatch(first, new NodaTime.LocalDate(2026, 6, 30), new long[50], new Ruicheng.Civility.Points.CreditTier[50], []));

        // The same shape again: the returned memory is reused, and the ledger is exactly FromUnsorted's.
        var second = builder.FromUnsorted(50, resident, rule, day, points);
        Assert.Same(packed, second.Packed);
        SameLedger(ScoringLedger.FromUnsorted(50, resident, rule, day, points), second);

        Assert.Throws<ArgumentException>(() => builder.Return(ScoringLedger.FromUnsorted(50, resident, rule, day, points)));
        Assert.Throws<ArgumentException>(() => new ScoringLedgerBuilder().Return(second));
    }

    private static (int[] Resident, int[] Rule, int[] Day, int[] Points) Columns(Random random, int residents, int count)
    {
        var resident = new int[count];
        var rule = new int[count];
        var day = new int[count];
        var points = new int[count];
        var firstDay = 20_000;
        for (var i = 0; i < count; i++)
        {
            // Mostly in day order, as an export is; now and then a day out of order or a same-day tie.
            resident[i] = random.Next(residents);
            day[i] = random.Next(10) == 0 ? firstDay + random.Next(400) : firstDay + (i * 400 / Math.Max(count, 1));
            rule[i] = random.Next(12);
            points[i] = random.Next(-50, 51);
        }

        return (resident, rule, day, points);
    }

    private static void SameLedger(ScoringLedger expected, ScoringLedger actual)
    {
        Assert.Equal(expected.ResidentCount, actual.ResidentCount);
        Assert.Equal(expected.EntryCount, actual.EntryCount);
        Assert.Equal<int>(expected.ResidentStart, actual.ResidentStart);
        Assert.Equal<long>(expected.Packed, actual.Packed);
        Assert.Equal(expected.MinDay, actual.MinDay);
        Assert.Equal(expected.DayRange, actual.DayRange);
        Assert.Equal(expected.RuleIndexLimit, actual.RuleIndexLimit);
        Assert.Equal<int>(expected.PeriodKeys, actual.PeriodKeys);
    }
}
