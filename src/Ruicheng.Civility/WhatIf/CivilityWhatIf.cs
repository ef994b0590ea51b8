using System.Collections.Immutable;
using Ruicheng.Civility.Credit;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Points;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Civility.Scoring;

namespace Ruicheng.Civility.WhatIf;

/// <summary>
/// What a proposed rulebook would do to everyone's credit tier before the village votes on it (规则调整测算): each
/// subject's score and tier under the current and the proposed rulebook as of one date, the tier transition matrix,
/// and how many subjects' benefits change.
/// </summary>
/// <remarks>
/// <para><see cref="Run(PointsLedger, CivilityRulebook, NodaTime.LocalDate, IReadOnlyDictionary{ResidentId, IReadOnlyCollection{RuleId}})"/> scores the recorded entries of a ledger twice on the batch core
/// (<see cref="CivilityScorer.ScoreBatch"/>): once under the ledger's own rulebook and once under the proposed one.
/// Recorded entries keep their recorded points (a ledger never rewrites an entry); what the proposed rulebook changes
/// is everything scoring decides — which rule version an entry falls under (by its date), rule and category caps,
/// the honour window, the base score, the tier bands and the vetoes' caps. An award or deduction whose rule has no
/// version in force on its date under the proposed rulebook does not count under it; such entries are counted in
/// <see cref="EntriesWithoutProposedRule"/>. Reversed entries count under neither.</para>
/// </remarks>
public sealed class CivilityWhatIf
{
    private readonly int[,] _transitions;

    private CivilityWhatIf(ImmutableArray<ResidentWhatIf> residents, int entriesWithoutProposedRule)
    {
        Residents = residents;
        EntriesWithoutProposedRule = entriesWithoutProposedRule;
        _transitions = new int[6, 6];
        foreach (var resident in residents)
        {
            _transitions[(int)resident.TierBefore, (int)resident.TierAfter]++;
        }
    }

    /// <summary>Every subject, in ordinal order of subject id.</summary>
    public ImmutableArray<ResidentWhatIf> Residents { get; }

    /// <summary>Entries that count under the current rulebook but have no rule version in force under the proposed one.</summary>
    public int EntriesWithoutProposedRule { get; }

    /// <summary>How many subjects change tier.</summary>
    public int TierChangeCount => Residents.Count(r => r.TierChanges);

    /// <summary>How many subjects' benefits change (<see cref="ResidentWhatIf.BenefitsChange"/>).</summary>
    public int BenefitsChangeCount => Residents.Count(r => r.BenefitsChange);

    /// <summary>The number of subjects in tier <paramref name="from"/> now and in tier <paramref name="to"/> under the proposal.</summary>
    /// <param name="from">The tier under the current rulebook.</param>
    /// <param name="to">The tier under the proposed rulebook.</param>
    public int Transitions(CreditTier from, CreditTier to) => _transitions[(int)from, (int)to];

    /// <summary>The subjects that enter <paramref name="tier"/> under the proposal (not in it now), in subject order.</summary>
    /// <param name="tier">The tier.</param>
    public IEnumerable<ResidentWhatIf> MovingInto(CreditTier tier) => Residents.Where(r => r.TierAfter == tier && r.TierBefore != tier);

    /// <summary>The subjects that leave <paramref name="tier"/> under the proposal, in subject order.</summary>
    /// <param name="tier">The tier.</param>
    public IEnumerable<ResidentWhatIf> MovingOutOf(CreditTier tier) => Residents.Where(r => r.TierBefore == tier && r.TierAfter != tier);

    /// <summary>
    /// Scores every resident who has an entry in the ledger (and every resident given vetoes) as of a date under the
    /// ledger's rulebook and under <paramref name="proposed"/>; see the remarks.
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="proposed">The proposed rulebook.</param>
    /// <param name="asOf">The scoring date; entries dated after it count under neither.</param>
    /// <param name="vetoes">The veto codes per resident; a code the proposed rulebook does not define caps nothing under it.</param>
    public static CivilityWhatIf Run(PointsLedger ledger, CivilityRulebook proposed, NodaTime.LocalDate asOf, IReadOnlyDictionary<ResidentId, IReadOnlyCollection<RuleId>>? vetoes = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(proposed);
        vetoes ??= new Dictionary<ResidentId, IReadOnlyCollection<RuleId>>();
        var residents = ledger.Entries.Select(e => e.Resident).Concat(vetoes.Keys).Distinct()
            .OrderBy(r => r.Value, StringComparer.Ordinal).ToList();
        var before = Score(new CivilityScorer(ledger.Rulebook), ledger, residents, asOf, vetoes, out _);
        var after = Score(new CivilityScorer(proposed), ledger, residents, asOf, vetoes, out var withoutRule);
        return FromScores([.. residents.Select(r => r.Value)], before.Scores, before.Tiers, ledger.Rulebook.Credit, after.Scores, after.Tiers, proposed.Credit, withoutRule);
    }

    /// <summary>
    /// The batch form for a county export: one columnar ledger scored by the current and by the proposed scorer, when
    /// the two rulebooks number their rule versions alike (the same rule ids with the same effective dates, so the
    /// ledger's rule indexes mean the same rule version under both — true of a proposal that changes caps, points
    /// values, the window, bands or vetoes). Otherwise build one ledger per scorer and use <see cref="FromScores"/>.
    /// </summary>
    /// <param name="ledger">The columnar ledger, built with <paramref name="current"/>'s rule indexes.</param>
    /// <param name="subjects">The subjects by resident index (as many as the ledger's residents), unique.</param>
    /// <param name="current">The scorer of the rulebook in force.</param>
    /// <param name="proposed">The scorer of the proposed rulebook.</param>
    /// <param name="asOf">The scoring date.</param>
    /// <param name="currentVetoCaps">Per resident, the highest tier vetoes allow under the current rulebook, or empty.</param>
    /// <param name="proposedVetoCaps">The same under the proposed rulebook, or empty.</param>
    /// <exception cref="ArgumentException">The rulebooks number their rule versions differently, or the subjects do not match the ledger.</exception>
    public static CivilityWhatIf RunBatch(
        ScoringLedger ledger, IReadOnlyList<string> subjects, CivilityScorer current, CivilityScorer proposed, NodaTime.LocalDate asOf,
        ReadOnlySpan<CreditTier> currentVetoCaps, ReadOnlySpan<CreditTier> proposedVetoCaps)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        if (subjects.Count != ledger.ResidentCount)
        {
            throw new ArgumentException($"The ledger has {ledger.ResidentCount} residents; {subjects.Count} subjects were given.", nameof(subjects));
        }

        var alike = current.RuleCount == proposed.RuleCount && Enumerable.Range(0, current.RuleCount)
            .All(i => current.RuleAt(i).Id == proposed.RuleAt(i).Id && current.RuleAt(i).EffectiveFrom == proposed.RuleAt(i).EffectiveFrom && current.RuleAt(i).EffectiveTo == proposed.RuleAt(i).EffectiveTo);
        if (!alike)
        {
            throw new ArgumentException("The proposed rulebook numbers its rule versions differently: build a columnar ledger for each scorer and compare with FromScores.", nameof(proposed));
        }

        var scoresBefore = new long[ledger.ResidentCount];
        var tiersBefore = new CreditTier[ledger.ResidentCount];
        var scoresAfter = new long[ledger.ResidentCount];
        var tiersAfter = new CreditTier[ledger.ResidentCount];
        current.ScoreBatch(ledger, asOf, scoresBefore, tiersBefore, currentVetoCaps);
        proposed.ScoreBatch(ledger, asOf, scoresAfter, tiersAfter, proposedVetoCaps);
        return FromScores(subjects, scoresBefore, tiersBefore, current.Rulebook.Credit, scoresAfter, tiersAfter, proposed.Rulebook.Credit);
    }

    /// <summary>
    /// Compares two batch scoring passes over the same subjects (index <c>i</c> is the same subject in every span), e.g.
    /// two <see cref="CivilityScorer.ScoreBatch"/> runs on one export. <see cref="Residents"/> come out in ordinal order
    /// of subject id.
    /// </summary>
    /// <param name="subjects">The subjects, by index; unique.</param>
    /// <param name="scoresBefore">Scores under the current rulebook.</param>
    /// <param name="tiersBefore">Tiers under the current rulebook.</param>
    /// <param name="currentCredit">The current credit policy (for benefits).</param>
    /// <param name="scoresAfter">Scores under the proposed rulebook.</param>
    /// <param name="tiersAfter">Tiers under the proposed rulebook.</param>
    /// <param name="proposedCredit">The proposed credit policy.</param>
    /// <param name="entriesWithoutProposedRule">Entries left out under the proposed rulebook, as counted by the caller.</param>
    /// <exception cref="ArgumentException">A span is shorter than <paramref name="subjects"/>, or a subject repeats.</exception>
    public static CivilityWhatIf FromScores(
        IReadOnlyList<string> subjects, ReadOnlySpan<long> scoresBefore, ReadOnlySpan<CreditTier> tiersBefore, CreditPolicy currentCredit,
        ReadOnlySpan<long> scoresAfter, ReadOnlySpan<CreditTier> tiersAfter, CreditPolicy proposedCredit, int entriesWithoutProposedRule = 0)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(currentCredit);
        ArgumentNullException.ThrowIfNull(proposedCredit);
        var count = subjects.Count;
        if (scoresBefore.Length < count || tiersBefore.Length < count || scoresAfter.Length < count || tiersAfter.Length < count)
        {
            throw new ArgumentException($"Every span must hold the {count} subjects.", nameof(subjects));
        }

        var rows = new ResidentWhatIf[count];
        for (var i = 0; i < count; i++)
        {
            var was = currentCredit.BenefitsOf(tiersBefore[i]);
            var will = proposedCredit.BenefitsOf(tiersAfter[i]);
            var benefitsChange = was.CreditLine != will.CreditLine || was.InterestDiscount != will.InterestDiscount
                || was.PriorityServices != will.PriorityServices || !string.Equals(was.Honours, will.Honours, StringComparison.Ordinal);
            rows[i] = new ResidentWhatIf(subjects[i], scoresBefore[i], tiersBefore[i], scoresAfter[i], tiersAfter[i], benefitsChange);
        }

        if (!IsOrdered(rows))
        {
            Array.Sort(rows, (a, b) => string.CompareOrdinal(a.Subject, b.Subject));
        }

        for (var i = 1; i < rows.Length; i++)
        {
            if (string.Equals(rows[i - 1].Subject, rows[i].Subject, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Subject '{rows[i].Subject}' appears twice.", nameof(subjects));
            }
        }

        return new CivilityWhatIf([.. rows], entriesWithoutProposedRule);
    }

    private static bool IsOrdered(ResidentWhatIf[] rows)
    {
        for (var i = 1; i < rows.Length; i++)
        {
            if (string.CompareOrdinal(rows[i - 1].Subject, rows[i].Subject) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static (long[] Scores, CreditTier[] Tiers) Score(
        CivilityScorer scorer, PointsLedger ledger, List<ResidentId> residents, NodaTime.LocalDate asOf, IReadOnlyDictionary<ResidentId, IReadOnlyCollection<RuleId>> vetoes, out int withoutRule)
    {
        var batch = ScoringLedger.FromLedger(scorer, ledger, residents, asOf, out withoutRule);
        var scores = new long[residents.Count];
        var tiers = new CreditTier[residents.Count];
        var caps = residents.Select(r => scorer.Rulebook.Credit.CapOf(vetoes.TryGetValue(r, out var codes) ? codes : [])).ToArray();
        scorer.ScoreBatch(batch, asOf, scores, tiers, caps);
        return (scores, tiers);
    }
}
