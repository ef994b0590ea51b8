using Ruicheng.Generated;

namespace Ruicheng.Primitives;

/// <summary>
/// The id of a registered household (户). Governance registers households in grids; Economy and Civility refer to them by this id.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("household id")]
public readonly partial struct HouseholdId;
