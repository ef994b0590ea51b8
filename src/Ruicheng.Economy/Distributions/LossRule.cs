namespace Ruicheng.Economy.Distributions;

/// <summary>What a plan does in a loss year (income zero or negative).</summary>
public enum LossRule
{
    /// <summary>Nothing is paid; the loss is carried forward.</summary>
    NoFloors = 0,

    /// <summary>Floors are paid from the reserve balance (公积金), as far as it goes; the rest is carried forward.</summary>
    FloorsFromReserves = 1,
}
