using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using Ruicheng.Economy.Cooperatives;
using Ruicheng.Economy.Distributions;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// Cooperatives' share registers (股权登记) and their distributions by year (年度分配): registers in their stored form
/// (<see cref="ShareRegisterJson"/>) with optimistic concurrency, distributions (<see cref="DistributionResultJson"/>,
/// with the explanation) kept once per cooperative and year, never replaced.
/// </summary>
public sealed class CooperativeStore
{
    private readonly RuichengStore _store;

    internal CooperativeStore(RuichengStore store) => _store = store;

    /// <summary>
    /// Saves a register: new when <paramref name="expectedVersion"/> is null, otherwise only if still at that version
    /// (<see cref="StoreRules.CaseConflict"/> otherwise, also when a new register's cooperative is already stored).
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="expectedVersion">The version it was loaded at, or null for a cooperative not stored yet.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new stored version.</returns>
    public async Task<Result<long>> SaveRegisterAsync(ShareRegister register, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(register);
        await using var context = _store.CreateContext();
        var row = await context.Registers.SingleOrDefaultAsync(r => r.Cooperative == register.Cooperative, cancellationToken).ConfigureAwait(false);
        if ((row is null) != (expectedVersion is null) || (row is not null && row.Version != expectedVersion))
        {
            return Conflict(register.Cooperative);
        }

        if (row is null)
        {
            row = new RegisterRow { Cooperative = register.Cooperative, Version = 0 };
            context.Registers.Add(row);
        }

        row.Version++;
        row.Document = ShareRegisterJson.Write(register);
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Conflict(register.Cooperative);
        }

        return Result<long>.Success(row.Version);
    }

    /// <summary>A cooperative's register and its version, or null when none is stored; a stored form that no longer reads is every violation.</summary>
    /// <param name="cooperative">The cooperative's name, as in the register.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<Result<(ShareRegister Register, long Version)?>> LoadRegisterAsync(string cooperative, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        await using var context = _store.CreateContext();
        var row = await context.Registers.AsNoTracking().SingleOrDefaultAsync(r => r.Cooperative == cooperative, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return Result<(ShareRegister, long)?>.Success(null);
        }

        var read = ShareRegisterJson.Read(row.Document);
        return read.IsSuccess ? Result<(ShareRegister, long)?>.Success((read.Value, row.Version)) : Result<(ShareRegister, long)?>.Failure(read.Violations);
    }

    /// <summary>
    /// Keeps a cooperative year's distribution of record with its explanation; a second one for the same year is
    /// refused (<see cref="StoreRules.DistributionExists"/>) and nothing is written.
    /// </summary>
    /// <param name="cooperative">The cooperative.</param>
    /// <param name="year">The year distributed.</param>
    /// <param name="distribution">The distribution, as decided.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<Result<Money>> SaveDistributionAsync(string cooperative, int year, Decision<DistributionResult> distribution, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cooperative);
        ArgumentNullException.ThrowIfNull(distribution);
        await using var context = _store.CreateContext();
        if (await context.Distributions.AnyAsync(d => d.Cooperative == cooperative && d.Year == year, cancellationToken).ConfigureAwait(false))
        {
            return Exists(cooperative, year);
        }

        context.Distributions.Add(new DistributionRow { Cooperative = cooperative, Year = year, IncomeFen = distribution.Value.Income.Fen, Document = DistributionResultJson.Write(distribution) });
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            return Exists(cooperative, year);
        }

        return Result<Money>.Success(distribution.Value.Income);
    }

    /// <summary>A cooperative's stored distributions, oldest year first, each with its explanation.</summary>
    /// <param name="cooperative">The cooperative.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<Result<ImmutableArray<(int Year, Decision<DistributionResult> Distribution)>>> LoadDistributionsAsync(string cooperative, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperative);
        await using var context = _store.CreateContext();
        var rows = await context.Distributions.AsNoTracking().Where(d => d.Cooperative == cooperative).OrderBy(d => d.Year).ToListAsync(cancellationToken).ConfigureAwait(false);
        var read = rows.Select(r => (r.Year, Read: DistributionResultJson.Read(r.Document))).ToList();
        var problems = read.SelectMany(r => r.Read.Violations).ToList();
        return problems.Count > 0
            ? Result<ImmutableArray<(int, Decision<DistributionResult>)>>.Failure(problems)
            : Result<ImmutableArray<(int, Decision<DistributionResult>)>>.Success([.. read.Select(r => (r.Year, r.Read.Value))]);
    }

    private static Result<long> Conflict(string cooperative) =>
        Result<long>.Failure(RuleViolation.Of(StoreRules.CaseConflict, $"The register of '{cooperative}' was saved by someone else (or already exists); reload it and retry.", Figure.Of("cooperative", cooperative)));

    private static Result<Money> Exists(string cooperative, int year) =>
        Result<Money>.Failure(RuleViolation.Of(StoreRules.DistributionExists, $"The {year} distribution of '{cooperative}' is already stored.", Figure.Of("cooperative", cooperative), Figure.Of("year", year)));
}
