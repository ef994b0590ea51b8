namespace Ruicheng.Primitives;

/// <summary>Applies a <see cref="FenRounding"/> to an exact decimal amount of fen.</summary>
internal static class FenRoundingExtensions
{
    internal static decimal Apply(this FenRounding rounding, decimal fen) => rounding switch
    {
        FenRounding.HalfToEven => Math.Round(fen, 0, MidpointRounding.ToEven),
        FenRounding.HalfAwayFromZero => Math.Round(fen, 0, MidpointRounding.AwayFromZero),
        FenRounding.TowardZero => Math.Round(fen, 0, MidpointRounding.ToZero),
        FenRounding.Floor => Math.Round(fen, 0, MidpointRounding.ToNegativeInfinity),
        FenRounding.Ceiling => Math.Round(fen, 0, MidpointRounding.ToPositiveInfinity),
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown fen rounding."),
    };
}
