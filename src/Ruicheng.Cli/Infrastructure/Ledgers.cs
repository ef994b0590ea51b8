using Ruicheng.Civility.Ledger;
using Ruicheng.Civility.Rulebooks;
using Ruicheng.Cli.Commands;
using Ruicheng.Storage;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>Opens the ledger the ledger commands name: store, rulebook, key; a broken chain is reported, not opened.</summary>
internal static class Ledgers
{
    public static CivilityRulebook Rulebook(LedgerSettings settings)
    {
        var loaded = CivilityRulebookFile.Load(settings.Rulebook is null ? CivilityRulebookFile.RuichengJsonText : Output.ReadFile(settings.Rulebook, "--rulebook"));
        return loaded.IsSuccess ? loaded.Value : throw UnusableInputException.At(settings.Rulebook ?? "built-in", loaded.FirstViolation!.Path, $"[{loaded.FirstViolation.Code}] {loaded.FirstViolation.Message}");
    }

    public static LedgerKey Key(LedgerSettings settings)
    {
        if (!File.Exists(settings.Key))
        {
            throw UnusableInputException.At(settings.Key, "-", "--key: file not found");
        }

        try
        {
            return LedgerKey.Create(settings.KeyId, File.ReadAllBytes(settings.Key));
        }
        catch (ArgumentException exception)
        {
            throw UnusableInputException.At(settings.Key, "-", $"--key: {exception.Message}");
        }
    }

    /// <summary>The opened ledger, or the chain's report (the first bad entry) when it does not verify.</summary>
    public static async Task<(RuichengStore Store, Result<PointsLedger> Ledger)> OpenAsync(LedgerSettings settings, CancellationToken cancellationToken)
    {
        var rulebook = Rulebook(settings);
        var key = Key(settings);
        var store = await Stores.OpenAsync(settings.Store, cancellationToken).ConfigureAwait(false);
        return (store, await store.Ledgers.OpenAsync(settings.Ledger, rulebook, key, [], cancellationToken).ConfigureAwait(false));
    }
}
