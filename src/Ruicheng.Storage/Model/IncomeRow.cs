namespace Ruicheng.Storage.Model;

/// <summary>One village's collective income for a year, per source, in fen.</summary>
internal sealed class IncomeRow
{
    public string Village { get; set; } = string.Empty;

    public int Year { get; set; }

    public string Source { get; set; } = string.Empty;

    public long AmountFen { get; set; }
}
