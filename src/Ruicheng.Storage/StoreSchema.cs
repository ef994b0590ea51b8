using System.Collections.Immutable;

namespace Ruicheng.Storage;

/// <summary>What opening a store did to its schema: the migrations it already had and those applied now (oldest first).</summary>
/// <param name="AlreadyApplied">Migrations the store held before it was opened.</param>
/// <param name="AppliedNow">Migrations applied while opening (an upgrade); empty when the schema was current.</param>
public sealed record StoreSchema(ImmutableArray<string> AlreadyApplied, ImmutableArray<string> AppliedNow);
