using Ruicheng.Generated;

namespace Ruicheng.Economy.Cooperatives;

/// <summary>
/// The id of a cooperative member (成员): a household, the village collective (村集体) or an enterprise. Hosts usually reuse the household id.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("member id")]
public readonly partial struct MemberId;
