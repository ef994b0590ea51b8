using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Ruicheng.Civility.Claims;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// The points claims of a store: each claim's stored form (<see cref="PointsClaimJson"/>, with its audit trail) beside
/// the columns queries use (resident, rule, state, date of the deed), with a version for optimistic concurrency.
/// </summary>
public sealed class ClaimStore
{
    private static readonly SpecificationTranslator<PointsClaim, ClaimRow> Translator = new(new Dictionary<string, (string, Type)>(StringComparer.Ordinal)
    {
        [nameof(PointsClaim.Id)] = (nameof(ClaimRow.Id), typeof(string)),
        [nameof(PointsClaim.Resident)] = (nameof(ClaimRow.Resident), typeof(string)),
        [nameof(PointsClaim.Rule)] = (nameof(ClaimRow.Rule), typeof(string)),
        [nameof(PointsClaim.State)] = (nameof(ClaimRow.State), typeof(string)),
        [nameof(PointsClaim.OccurredOn)] = (nameof(ClaimRow.OccurredOn), typeof(DateOnly)),
    });

    private readonly RuichengStore _store;

    internal ClaimStore(RuichengStore store) => _store = store;

    /// <summary>Saves a claim: new when <paramref name="expectedVersion"/> is null, otherwise only if still at that version (<see cref="StoreRules.CaseConflict"/> otherwise).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="expectedVersion">The version it was loaded at, or null for a new claim.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new stored version.</returns>
    public async Task<Result<long>> SaveAsync(PointsClaim claim, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        await using var context = _store.CreateContext();
        ClaimRow row;
        if (expectedVersion is null)
        {
            row = new ClaimRow { Id = claim.Id, Version = 1 };
            context.Claims.Add(row);
        }
        else
        {
            row = await context.Claims.SingleOrDefaultAsync(r => r.Id == claim.Id, cancellationToken).ConfigureAwait(false) ?? new ClaimRow { Version = -1 };
            if (row.Version != expectedVersion)
            {
                return Conflict(claim.Id);
            }

            row.Version = expectedVersion.Value + 1;
        }

        row.Rulebook = claim.Rulebook.Header.Reference.ToString();
        row.Resident = claim.Resident.Value;
        row.Rule = claim.Rule.Value;
        row.State = claim.State.ToString();
        row.OccurredOn = new DateOnly(claim.OccurredOn.Year, claim.OccurredOn.Month, claim.OccurredOn.Day);
        row.Document = PointsClaimJson.Write(claim);
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Result<long>.Success(row.Version);
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException)
        {
            return Conflict(claim.Id);
        }
    }

    /// <summary>
    /// The stored claims a specification selects (e.g. <c>EntriesAwaitingReviewSpec</c>), filtered and ordered as SQL over
    /// the columns (id, resident, rule, state, date of the deed), rebuilt under the rulebook versions they were declared
    /// under.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="rulebooks">The rulebook versions the host keeps.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="NotSupportedException">The specification reads a member the store has no column for.</exception>
    public async Task<Result<ImmutableArray<PointsClaim>>> QueryAsync(
        Ardalis.Specification.ISpecification<PointsClaim> specification, RulebookRegistry<CivilityRulebook> rulebooks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(rulebooks);
        await using var context = _store.CreateContext();
        var documents = await Translator.Apply(context.Claims.AsNoTracking(), specification).Select(r => r.Document).ToListAsync(cancellationToken).ConfigureAwait(false);
        var read = documents.Select(d => PointsClaimJson.Read(d, rulebooks)).ToList();
        var problems = read.SelectMany(r => r.Violations).ToList();
        return problems.Count > 0
            ? Result<ImmutableArray<PointsClaim>>.Failure(problems)
            : Result<ImmutableArray<PointsClaim>>.Success([.. read.Select(r => r.Value)]);
    }

    private static Result<long> Conflict(string id) =>
        Result<long>.Failure(RuleViolation.Of(StoreRules.CaseConflict, $"Points claim '{id}' was saved by someone else (or already exists); reload it and retry.", Figure.Of("claim", id)));
}
