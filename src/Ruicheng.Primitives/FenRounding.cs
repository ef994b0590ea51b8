namespace Ruicheng.Primitives;

/// <summary>
/// How a product that falls between two whole fen (分) is brought to a whole fen. There is no default:
/// every multiplication of <see cref="Money"/> by a non-integer names one of these.
/// </summary>
public enum FenRounding
{
    /// <summary>Round to the nearest fen; an exact half goes to the even fen (banker's rounding).</summary>
    HalfToEven = 0,

    /// <summary>Round to the nearest fen; an exact half goes away from zero (the rounding of Chinese accounting practice, 四舍五入).</summary>
    HalfAwayFromZero = 1,

    /// <summary>Drop the fraction of a fen, towards zero (truncate).</summary>
    TowardZero = 2,

    /// <summary>Round towards negative infinity.</summary>
    Floor = 3,

    /// <summary>Round towards positive infinity.</summary>
    Ceiling = 4,
}
