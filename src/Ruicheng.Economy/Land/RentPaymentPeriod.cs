namespace Ruicheng.Economy.Land;

/// <summary>How a land transfer contract's rent is paid (租金支付方式), as the contract says.</summary>
public enum RentPaymentPeriod
{
    /// <summary>Per calendar year, due on 31 December (a partial first or last year prorated by days).</summary>
    CalendarYear = 0,

    /// <summary>Per contract year (anniversary to the day before the next), due on the period's last day; a short last period prorated by days.</summary>
    ContractYear = 1,

    /// <summary>Per contract year, paid in advance: due on the period's first day; amounts as <see cref="ContractYear"/>.</summary>
    InAdvance = 2,
}
