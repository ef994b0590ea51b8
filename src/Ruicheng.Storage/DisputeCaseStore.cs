using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Ruicheng.Governance.Disputes;
using Ruicheng.Governance.Rulebooks;
using Ruicheng.Governance.Serialization;
using Ruicheng.Primitives.Rulebooks;
using Ruicheng.Storage.Model;

namespace Ruicheng.Storage;

/// <summary>
/// The dispute cases of a store: each case's stored form (<see cref="DisputeCaseJson"/>) beside the columns queries use
/// (unit, case type, state, tier, reported at, deadline, acceptance deadline), with a version for optimistic
/// concurrency. Ticking through the store saves what fired, so a second tick at the same instant fires nothing.
/// </summary>
public sealed class DisputeCaseStore
{
    private static readonly SpecificationTranslator<DisputeCase, DisputeCaseRow> Translator = new(new Dictionary<string, (string, Type)>(StringComparer.Ordinal)
    {
        [nameof(DisputeCase.Id)] = (nameof(DisputeCaseRow.Id), typeof(string)),
        [nameof(DisputeCase.Unit)] = (nameof(DisputeCaseRow.Unit), typeof(string)),
        [nameof(DisputeCase.State)] = (nameof(DisputeCaseRow.State), typeof(string)),
        [nameof(DisputeCase.TierId)] = (nameof(DisputeCaseRow.TierId), typeof(string)),
        [nameof(DisputeCase.ReportedAt)] = (nameof(DisputeCaseRow.ReportedAtTicks), typeof(long)),
        [nameof(DisputeCase.Deadline)] = (nameof(DisputeCaseRow.DeadlineTicks), typeof(long?)),
        [nameof(DisputeCase.AcceptanceDeadline)] = (nameof(DisputeCaseRow.AcceptanceDeadlineTicks), typeof(long)),
        ["CaseType.Id"] = (nameof(DisputeCaseRow.CaseType), typeof(string)),
    });

    private readonly RuichengStore _store;

    internal DisputeCaseStore(RuichengStore store) => _store = store;

    /// <summary>
    /// The stored cases a specification selects (e.g. <c>OverdueDisputesSpec</c>, <c>DisputesAtTierSpec</c>,
    /// <c>DisputesInUnitSpec</c>), filtered, ordered and paged as SQL in the database — the specification's members are
    /// mapped to the state columns (id, unit, state, tier id, reported at, deadline, acceptance deadline, case type id) —
    /// then rebuilt under the rulebook versions they were opened under. Returns exactly what the specification's in-memory
    /// evaluation returns over the same cases.
    /// </summary>
    /// <param name="specification">The specification.</param>
    /// <param name="rulebooks">The rulebook versions the host keeps.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="NotSupportedException">The specification reads a member the store has no column for (it would have to run in memory).</exception>
    public async Task<Result<ImmutableArray<DisputeCase>>> QueryAsync(
        Ardalis.Specification.ISpecification<DisputeCase> specification, RulebookRegistry<GovernanceRulebook> rulebooks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentNullException.ThrowIfNull(rulebooks);
        await using var context = _store.CreateContext();
        var documents = await Translator.Apply(context.DisputeCases.AsNoTracking(), specification).Select(r => r.Document).ToListAsync(cancellationToken).ConfigureAwait(false);
        var cases = ImmutableArray.CreateBuilder<DisputeCase>(documents.Count);
        var problems = new List<RuleViolation>();
        foreach (var document in documents)
        {
            var read = DisputeCaseJson.Read(document, rulebooks);
            if (read.IsSuccess)
            {
                cases.Add(read.Value);
            }
            else
            {
                problems.AddRange(read.Violations);
            }
        }

        return problems.Count > 0 ? Result<ImmutableArray<DisputeCase>>.Failure(problems) : Result<ImmutableArray<DisputeCase>>.Success(cases.ToImmutable());
    }

    /// <summary>The SQL <see cref="QueryAsync"/> runs for a specification on this store's database, for logs and reviews.</summary>
    /// <param name="specification">The specification.</param>
    /// <exception cref="NotSupportedException">The specification reads a member the store has no column for.</exception>
    public string ToSql(Ardalis.Specification.ISpecification<DisputeCase> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        using var context = _store.CreateContext();
        return Translator.Apply(context.DisputeCases.AsNoTracking(), specification).Select(r => r.Document).ToQueryString();
    }

    /// <summary>
    /// Saves a case: a new case when <paramref name="expectedVersion"/> is null (refused if the id is taken), otherwise
    /// only if the stored version is still <paramref name="expectedVersion"/> (<see cref="StoreRules.CaseConflict"/> when
    /// someone saved it since).
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="expectedVersion">The version it was loaded at, or null for a new case.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new stored version.</returns>
    public async Task<Result<long>> SaveAsync(DisputeCase @case, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        await using var context = _store.CreateContext();
        var id = @case.Id.Value;
        DisputeCaseRow row;
        if (expectedVersion is null)
        {
            row = new DisputeCaseRow { Id = id, Version = 1 };
            Fill(row, @case);
            context.DisputeCases.Add(row);
        }
        else
        {
            row = await context.DisputeCases.SingleOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false)
                ?? new DisputeCaseRow { Id = id, Version = -1 };
            if (row.Version != expectedVersion)
            {
                return Conflict(id, expectedVersion);
            }

            Fill(row, @case);
            row.Version = expectedVersion.Value + 1;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return Result<long>.Success(row.Version);
        }
        catch (Exception exception) when (exception is DbUpdateException or DbException)
        {
            return Conflict(id, expectedVersion);
        }
    }

    /// <summary>Loads a case, resolving the rulebook version it was opened under from <paramref name="rulebooks"/>.</summary>
    /// <param name="id">The case id.</param>
    /// <param name="rulebooks">The rulebook versions the host keeps.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The case and its version, <see cref="StoreRules.CaseNotFound"/>, or the stored form's violations.</returns>
    public async Task<Result<StoredDisputeCase>> LoadAsync(DisputeCaseId id, RulebookRegistry<GovernanceRulebook> rulebooks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rulebooks);
        await using var context = _store.CreateContext();
        var key = id.Value;
        var row = await context.DisputeCases.AsNoTracking().SingleOrDefaultAsync(r => r.Id == key, cancellationToken).ConfigureAwait(false);
        return row is null
            ? Result<StoredDisputeCase>.Failure(RuleViolation.Of(StoreRules.CaseNotFound, $"No dispute case '{id}' is stored."))
            : DisputeCaseJson.Read(row.Document, rulebooks).Map(c => new StoredDisputeCase(c, row.Version));
    }

    /// <summary>
    /// The ids of the stored cases with a deadline due at <paramref name="now"/> that may not have fired yet: cases still
    /// awaiting acceptance whose acceptance deadline is at or before it, and cases in mediation whose current deadline is
    /// at or before it; in id order (ordinal). Evaluated in the database.
    /// </summary>
    /// <param name="now">The instant.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<ImmutableArray<DisputeCaseId>> DueAsync(Instant now, CancellationToken cancellationToken = default)
    {
        var ticks = now.ToUnixTimeTicks();
        var reported = StateName(DisputeState.Reported);
        var inMediation = StateName(DisputeState.InMediation);
        await using var context = _store.CreateContext();
        var ids = await context.DisputeCases.AsNoTracking()
            .Where(r => (r.State == reported && r.AcceptanceDeadlineTicks <= ticks) || (r.State == inMediation && r.DeadlineTicks != null && r.DeadlineTicks <= ticks))
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. ids.Select(DisputeCaseId.From)];
    }

    /// <summary>The stored cases' columns, in id order (ordinal), optionally only those in one state; evaluated in the database.</summary>
    /// <param name="state">Only cases in this state, or null for all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<ImmutableArray<DisputeCaseSummary>> ListAsync(DisputeState? state = null, CancellationToken cancellationToken = default)
    {
        var name = state is { } s ? StateName(s) : null;
        await using var context = _store.CreateContext();
        var rows = await context.DisputeCases.AsNoTracking()
            .Where(r => name == null || r.State == name)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.CaseType, r.Unit, r.State, r.TierId, r.ReportedAtTicks, r.DeadlineTicks, r.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new DisputeCaseSummary(
            DisputeCaseId.From(r.Id), r.CaseType, UnitId.From(r.Unit), Enum.Parse<DisputeState>(r.State), r.TierId,
            Instant.FromUnixTimeTicks(r.ReportedAtTicks), r.DeadlineTicks is { } d ? Instant.FromUnixTimeTicks(d) : null, r.Version))];
    }

    /// <summary>
    /// Ticks every due case (<see cref="DueAsync"/>) at <paramref name="now"/> and saves each that changed, in id order.
    /// A deadline that fired is stored with its case, so ticking again at the same or an earlier instant fires nothing.
    /// A case saved by someone else in between is left for the next tick and reported as a conflict.
    /// </summary>
    /// <param name="now">The instant.</param>
    /// <param name="rulebooks">The rulebook versions the host keeps.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One outcome per due case, and every violation (a case that cannot be read, a conflict).</returns>
    public async Task<(ImmutableArray<TickOutcome> Outcomes, ImmutableArray<RuleViolation> Problems)> TickAsync(
        Instant now, RulebookRegistry<GovernanceRulebook> rulebooks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rulebooks);
        var outcomes = ImmutableArray.CreateBuilder<TickOutcome>();
        var problems = ImmutableArray.CreateBuilder<RuleViolation>();
        foreach (var id in await DueAsync(now, cancellationToken).ConfigureAwait(false))
        {
            var loaded = await LoadAsync(id, rulebooks, cancellationToken).ConfigureAwait(false);
            if (loaded.IsFailure)
            {
                problems.AddRange(loaded.Violations);
                continue;
            }

            var outcome = loaded.Value.Case.Tick(now);
            if (outcome.Fired.IsEmpty)
            {
                continue;
            }

            var saved = await SaveAsync(outcome.Case, loaded.Value.Version, cancellationToken).ConfigureAwait(false);
            if (saved.IsSuccess)
            {
                outcomes.Add(outcome);
            }
            else
            {
                problems.AddRange(saved.Violations);
            }
        }

        return (outcomes.ToImmutable(), problems.ToImmutable());
    }

    private static void Fill(DisputeCaseRow row, DisputeCase c)
    {
        row.Rulebook = c.OpenedUnder.ToString();
        row.CaseType = c.CaseType.Id;
        row.Unit = c.Unit.Value;
        row.State = StateName(c.State);
        row.TierId = c.TierId;
        row.ReportedAtTicks = c.ReportedAt.ToUnixTimeTicks();
        row.DeadlineTicks = c.Deadline?.ToUnixTimeTicks();
        row.AcceptanceDeadlineTicks = c.AcceptanceDeadline.ToUnixTimeTicks();
        row.Document = DisputeCaseJson.Write(c);
    }

    private static string StateName(DisputeState state) => state.ToString();

    private static Result<long> Conflict(string id, long? expected) =>
        Result<long>.Failure(RuleViolation.Of(
            StoreRules.CaseConflict,
            expected is null ? $"Dispute case '{id}' is already stored." : $"Dispute case '{id}' was saved by someone else since version {expected}; reload it and retry.",
            Figure.Of("case", id)));
}
