namespace Ruicheng.Civility.Ledger;

/// <summary>
/// The id the ledger gives the entry at a position: <c>E-</c> and the position in 12 digits (<c>E-000000000042</c>).
/// An entry carrying its own position's id is found by position, so neither restoring nor indexing a county's
/// million entries keeps a map of their ids.
/// </summary>
internal static class LedgerIds
{
    private const int Length = 14;

    /// <summary>The ledger's id for <paramref name="position"/>.</summary>
    public static EntryId Of(long position) => EntryId.From(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"E-{position:D12}"));

    /// <summary>Whether <paramref name="id"/> is the ledger's id for <paramref name="position"/>.</summary>
    public static bool IsLedgerId(string id, long position)
    {
        if (id.Length != Length || id[0] != 'E' || id[1] != '-' || position < 0)
        {
            return false;
        }

        for (var at = Length - 1; at >= 2; at--)
        {
            if (id[at] != (char)('0' + (position % 10)))
            {
                return false;
            }

            position /= 10;
        }

        return position == 0;
    }

    /// <summary>The position whose ledger id <paramref name="id"/> is, when it is one and below <paramref name="count"/>.</summary>
    public static bool TryPosition(string id, int count, out int position)
    {
        position = 0;
        if (id.Length != Length || id[0] != 'E' || id[1] != '-')
        {
            return false;
        }

        long value = 0;
        for (var at = 2; at < Length; at++)
        {
            if (id[at] is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (id[at] - '0');
        }

        if (value >= count)
        {
            return false;
        }

        position = (int)value;
        return true;
    }
}
