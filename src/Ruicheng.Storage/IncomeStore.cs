using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Ruicheng.Economy.Collective;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// The villages' collective income by year and source (村集体经济收入), in fen, queried by the collective-income
/// specifications as SQL (<c>CollectiveIncomeInRangeSpec</c>, <c>WeakVillagesSpec</c>, <c>VillagesAboveSpec</c>).
/// </summary>
public sealed class IncomeStore
{
    private readonly RuichengStore _store;

    internal IncomeStore(RuichengStore store) => _store = store;

    /// <summary>Adds records; a (village, year, source) already stored is replaced by the sum given now for it.</summary>
    /// <param name="records">The records; several for one (village, year, source) are summed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task SaveAsync(IEnumerable<CollectiveIncomeRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var context = _store.CreateContext();
        foreach (var group in records.GroupBy(r => (Village: r.Village.Value, r.Year, Source: r.Source.ToString())))
        {
            var fen = Money.Sum(group.Select(r => r.Amount)).Fen;
            var row = await context.Incomes.SingleOrDefaultAsync(i => i.Village == group.Key.Village && i.Year == group.Key.Year && i.Source == group.Key.Source, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                context.Incomes.Add(new IncomeRow { Village = group.Key.Village, Year = group.Key.Year, Source = group.Key.Source, AmountFen = fen });
            }
            else
            {
                row.AmountFen = fen;
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The summaries a specification selects, filtered and ordered as SQL over one row per (village, year) — village,
    /// year and total (the sum of the sources, in fen) — then rebuilt with their sources.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="NotSupportedException">The specification reads a member the store has no column for.</exception>
    public async Task<ImmutableArray<VillageIncomeSummary>> QueryAsync(Ardalis.Specification.ISpecification<VillageIncomeSummary> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        await using var context = _store.CreateContext();
        var totals = context.Incomes.GroupBy(i => new { i.Village, i.Year }).Select(g => new IncomeTotal { Village = g.Key.Village, Year = g.Key.Year, TotalFen = g.Sum(i => i.AmountFen) });
        var keys = await Translator.Apply(totals, specification).Select(t => new { t.Village, t.Year }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var villages = keys.Select(k => k.Village).Distinct().ToList();
        var rows = await context.Incomes.AsNoTracking().Where(i => villages.Contains(i.Village)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var summaries = VillageIncomeSummary.From(rows.Select(r => new CollectiveIncomeRecord(UnitId.From(r.Village), r.Year, Enum.Parse<IncomeSource>(r.Source), Money.FromFen(r.AmountFen), "stored")))
            .ToDictionary(s => (s.Village.Value, s.Year));
        return [.. keys.Select(k => summaries[(k.Village, k.Year)])];
    }

    private static readonly SpecificationTranslator<VillageIncomeSummary, IncomeTotal> Translator = new(new Dictionary<string, (string, Type)>(StringComparer.Ordinal)
    {
        [nameof(VillageIncomeSummary.Village)] = (nameof(IncomeTotal.Village), typeof(string)),
        ["Village.Value"] = (nameof(IncomeTotal.Village), typeof(string)),
        [nameof(VillageIncomeSummary.Year)] = (nameof(IncomeTotal.Year), typeof(int)),
        [nameof(VillageIncomeSummary.Total)] = (nameof(IncomeTotal.TotalFen), typeof(long)),
    });

    /// <summary>One (village, year) total, computed in the database.</summary>
    internal sealed class IncomeTotal
    {
        public string Village { get; set; } = string.Empty;

        public int Year { get; set; }

        public long TotalFen { get; set; }
    }
}
