namespace Ruicheng.Storage.Model;

/// <summary>One subject's score in a published snapshot (评定结果) on a date: the columns the specifications query beside the full score.</summary>
internal sealed class ScoreRow
{
    public DateOnly AsOf { get; set; }

    public string Subject { get; set; } = string.Empty;

    public long Score { get; set; }

    public string Tier { get; set; } = string.Empty;

    public string ScoreTier { get; set; } = string.Empty;

    public long HonourPoints { get; set; }

    public long SpendablePoints { get; set; }

    public string Document { get; set; } = string.Empty;
}
