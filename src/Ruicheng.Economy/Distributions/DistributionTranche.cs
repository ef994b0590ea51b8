namespace Ruicheng.Economy.Distributions;

/// <summary>The tranches of the distribution waterfall, in order.</summary>
public enum DistributionTranche
{
    /// <summary>Statutory reserve (公积金), retained; negative in a loss year when floors are paid out of the reserve.</summary>
    Reserve = 0,

    /// <summary>Welfare fund (公益金), retained.</summary>
    Welfare = 1,

    /// <summary>Guaranteed floors (保底收益), paid.</summary>
    Floor = 2,

    /// <summary>Reinvestment retention (重股再投资), converted into new reinvestment shares.</summary>
    Reinvestment = 3,

    /// <summary>The ratio split between parties and within each party (分红).</summary>
    Split = 4,

    /// <summary>A loss year's result (negative), carried forward to be made good from later profits.</summary>
    CarriedForward = 5,
}
