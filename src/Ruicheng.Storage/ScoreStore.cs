using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Ruicheng.Civility.Credit;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Scoring;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// Published score snapshots (评定结果): every subject's <see cref="CivilityScore"/> as of a date, kept whole beside the
/// columns the specifications query (subject, score, tier, score tier, honour and spendable points), so a
/// specification such as <c>ResidentsInTierSpec</c> runs as SQL over one snapshot.
/// </summary>
public sealed class ScoreStore
{
    private static readonly SpecificationTranslator<CivilityScore, ScoreRow> Translator = new(new Dictionary<string, (string, Type)>(StringComparer.Ordinal)
    {
        [nameof(CivilityScore.Subject)] = (nameof(ScoreRow.Subject), typeof(string)),
        [nameof(CivilityScore.Score)] = (nameof(ScoreRow.Score), typeof(long)),
        [nameof(CivilityScore.Tier)] = (nameof(ScoreRow.Tier), typeof(string)),
        [nameof(CivilityScore.ScoreTier)] = (nameof(ScoreRow.ScoreTier), typeof(string)),
        [nameof(CivilityScore.HonourPoints)] = (nameof(ScoreRow.HonourPoints), typeof(long)),
        [nameof(CivilityScore.SpendablePoints)] = (nameof(ScoreRow.SpendablePoints), typeof(long)),
    });

    private readonly RuichengStore _store;

    internal ScoreStore(RuichengStore store) => _store = store;

    /// <summary>
    /// Publishes the snapshot for a date: the scores given replace whatever the store held for that date, in one
    /// transaction (a reader sees the old snapshot or the new one, never a mix).
    /// </summary>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="scores">The scores; subjects are unique.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of scores stored.</returns>
    /// <exception cref="ArgumentException">Two scores have the same subject.</exception>
    public async Task<int> SaveSnapshotAsync(LocalDate asOf, IEnumerable<CivilityScore> scores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        var duplicate = list.GroupBy(s => s.Subject, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Subject '{duplicate.Key}' is scored twice in one snapshot.", nameof(scores));
        }

        var date = asOf.ToDateOnly();
        await using var context = _store.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await context.Scores.Where(s => s.AsOf == date).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        context.Scores.AddRange(list.Select(s => new ScoreRow
        {
            AsOf = date,
            Subject = s.Subject,
            Score = s.Score,
            Tier = s.Tier.ToString(),
            ScoreTier = s.ScoreTier.ToString(),
            HonourPoints = s.HonourPoints,
            SpendablePoints = s.SpendablePoints,
            Document = JsonSerializer.Serialize(StoredScore.Of(s)),
        }));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return list.Count;
    }

    /// <summary>The dates that have a snapshot, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<ImmutableArray<LocalDate>> SnapshotDatesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = _store.CreateContext();
        var dates = await context.Scores.Select(s => s.AsOf).Distinct().OrderBy(d => d).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. dates.Select(LocalDate.FromDateOnly)];
    }

    /// <summary>
    /// The scores of the snapshot for <paramref name="asOf"/> that a specification selects, filtered, ordered and paged
    /// as SQL, rebuilt whole (benefits, contributions by rule, vetoes). Empty when there is no snapshot for the date.
    /// Tiers are stored by name, so a specification that orders by tier is refused rather than ordered by name.
    /// </summary>
    /// <param name="asOf">The snapshot's date.</param>
    /// <param name="specification">The specification, e.g. <c>ResidentsInTierSpec</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="NotSupportedException">The specification reads a member the store has no column for, or orders by tier.</exception>
    public async Task<ImmutableArray<CivilityScore>> QueryAsync(LocalDate asOf, Ardalis.Specification.ISpecification<CivilityScore> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.OrderExpressions.Any(o => (o.KeySelector.Body is System.Linq.Expressions.UnaryExpression { NodeType: System.Linq.Expressions.ExpressionType.Convert } boxed ? boxed.Operand : o.KeySelector.Body)
            is System.Linq.Expressions.MemberExpression { Member.Name: nameof(CivilityScore.Tier) or nameof(CivilityScore.ScoreTier) }))
        {
            throw new NotSupportedException("Tiers are stored by name; order by score instead of by tier.");
        }

        var date = asOf.ToDateOnly();
        await using var context = _store.CreateContext();
        var documents = await Translator.Apply(context.Scores.AsNoTracking().Where(s => s.AsOf == date), specification)
            .Select(s => s.Document).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. documents.Select(d => JsonSerializer.Deserialize<StoredScore>(d)!.ToScore())];
    }

    /// <summary>The stored form of a score; internal to the store, so it may change only with a migration.</summary>
    internal sealed record StoredScore(
        string Subject, long HonourPoints, long Score, string ScoreTier, string Tier, long SpendablePoints,
        string BenefitTier, long CreditLineFen, string InterestDiscount, bool PriorityServices, string Honours,
        Dictionary<string, long> ContributionByRule, long CappedPoints, long ExpiredPoints, List<StoredVeto> Vetoes)
    {
        public static StoredScore Of(CivilityScore s) => new(
            s.Subject, s.HonourPoints, s.Score, s.ScoreTier.ToString(), s.Tier.ToString(), s.SpendablePoints,
            s.Benefits.Tier.ToString(), s.Benefits.CreditLine.Fen, s.Benefits.InterestDiscount.Fraction.ToString(CultureInfo.InvariantCulture),
            s.Benefits.PriorityServices, s.Benefits.Honours,
            s.ContributionByRule.ToDictionary(p => p.Key.Value, p => p.Value, StringComparer.Ordinal), s.CappedPoints, s.ExpiredPoints,
            [.. s.Vetoes.Select(v => new StoredVeto(v.Code.Value, v.Description, v.CapTier.ToString()))]);

        public CivilityScore ToScore() => new(
            Subject, HonourPoints, Score, Enum.Parse<CreditTier>(ScoreTier), Enum.Parse<CreditTier>(Tier),
            new CreditBenefits(Enum.Parse<CreditTier>(BenefitTier), Money.FromFen(CreditLineFen), Rate.FromFraction(decimal.Parse(InterestDiscount, CultureInfo.InvariantCulture)), PriorityServices, Honours),
            SpendablePoints, ContributionByRule.ToImmutableSortedDictionary(p => RuleId.From(p.Key), p => p.Value), CappedPoints, ExpiredPoints,
            [.. Vetoes.Select(v => new CreditVeto(RuleId.From(v.Code), v.Description, Enum.Parse<CreditTier>(v.CapTier)))]);
    }

    /// <summary>A stored veto.</summary>
    internal sealed record StoredVeto(string Code, string Description, string CapTier);
}
