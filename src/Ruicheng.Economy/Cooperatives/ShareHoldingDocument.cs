using NodaTime;

namespace Ruicheng.Economy.Cooperatives;

/// <summary>A share holding as the stored forms write it (<c>share-register</c> holdings, <c>distribution-result</c> issued shares).</summary>
internal sealed class ShareHoldingDocument
{
    public string? Member { get; set; }

    public ShareClass? Class { get; set; }

    public decimal Units { get; set; }

    public LocalDate? From { get; set; }

    public LocalDate? To { get; set; }

    public static ShareHoldingDocument Of(ShareHolding holding) =>
        new() { Member = holding.Member.Value, Class = holding.Class, Units = holding.Units, From = holding.From, To = holding.To };

    /// <summary>The holding; the schema check before it guarantees the fields are present.</summary>
    public ShareHolding ToHolding() => new(MemberId.From(Member!), Class!.Value, Units, From!.Value, To);
}
