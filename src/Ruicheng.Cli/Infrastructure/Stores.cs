using Ruicheng.Storage;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>Opens the store named by <c>--store</c>: a PostgreSQL connection string (it holds <c>=</c>) or a SQLite file path.</summary>
internal static class Stores
{
    /// <summary>Opens (creating or upgrading the schema); an unreadable store or one written by a newer version is exit 2, one line.</summary>
    public static async Task<RuichengStore> OpenAsync(string store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(store))
        {
            throw new UnusableInputException("--store: a SQLite file or a PostgreSQL connection string is required");
        }

        RuichengStore opened;
        if (store.Contains('=', StringComparison.Ordinal))
        {
            opened = RuichengStore.PostgreSql(store);
        }
        else
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(store));
            if (folder is not null && !Directory.Exists(folder))
            {
                throw UnusableInputException.At(store, "-", "--store: the folder does not exist");
            }

            opened = RuichengStore.Sqlite(store);
        }

        var schema = await opened.OpenAsync(cancellationToken).ConfigureAwait(false);
        return schema.IsSuccess ? opened : throw UnusableInputException.At(store.Contains('=', StringComparison.Ordinal) ? "--store" : store, "-", $"[{schema.FirstViolation!.Code}] {schema.FirstViolation.Message}");
    }
}
