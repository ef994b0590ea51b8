namespace Ruicheng.Storage.Model;

/// <summary>One cooperative year's distribution: the income in fen and the stored form (DistributionResultJson).</summary>
internal sealed class DistributionRow
{
    public string Cooperative { get; set; } = string.Empty;

    public int Year { get; set; }

    public long IncomeFen { get; set; }

    public string Document { get; set; } = string.Empty;
}
