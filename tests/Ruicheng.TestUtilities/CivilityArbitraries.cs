using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Primitives;

namespace Ruicheng.TestUtilities;

/// <summary>FsCheck generators for Ruicheng.Civility: drafts of awards and deductions under the built-in rulebook.</summary>
public static class CivilityArbitraries
{
    /// <summary>The built-in rulebook.</summary>
    public static CivilityRulebook Rulebook { get; } = CivilityRulebookFile.LoadRuicheng();

    /// <summary>A fixed ledger key (id <c>test-key</c>) for generated ledgers.</summary>
    public static LedgerKey Key { get; } = LedgerKey.Create("test-key", [.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    /// <summary>The residents drafts are generated for.</summary>
    public static IReadOnlyList<ResidentId> Residents { get; } = [.. Enumerable.Range(0, 4).Select(i => ResidentId.From($"R-{i}"))];

    private static readonly LocalDate First = new(2024, 1, 1);

    /// <summary>One draft: a resident, a rule of the built-in rulebook, a date in 2024–2026 and a quantity.</summary>
    public static Gen<EntryDraft> Drafts { get; } =
        from resident in Gen.Elements(Residents.ToArray())
        from rule in Gen.Elements(Rulebook.Rules.ToArray())
        from day in Gen.Choose(0, 1095)
        from quantity in Gen.Choose(1, 4)
        from source in Gen.Choose(0, 60)
        select EntryDraft.ForRule(resident, $"src-{source}", rule, First.PlusDays(day), quantity, Instant.FromUtc(2027, 1, 1, 0, 0), review: "test review");

    /// <summary>0–80 drafts.</summary>
    public static Arbitrary<EntryDraft[]> DraftSequences { get; } = Drafts.ArrayOf().Select(d => d.Take(80).ToArray()).ToArbitrary();

    /// <summary>A new ledger holding the drafts (duplicates and conflicts among them are dropped by the ledger itself, and reported).</summary>
    /// <param name="drafts">The drafts.</param>
    public static PointsLedger LedgerOf(IEnumerable<EntryDraft> drafts)
    {
        var ledger = new PointsLedger(Rulebook, Key);
        ledger.Ingest(drafts);
        return ledger;
    }
}
