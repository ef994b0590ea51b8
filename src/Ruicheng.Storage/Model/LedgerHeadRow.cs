namespace Ruicheng.Storage.Model;

/// <summary>A ledger's kept head: how many entries it holds and the last hash, updated with each append (optimistic concurrency on <see cref="Count"/>).</summary>
internal sealed class LedgerHeadRow
{
    public string Ledger { get; set; } = string.Empty;

    public long Count { get; set; }

    public byte[] Head { get; set; } = [];
}
