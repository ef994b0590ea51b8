using Ruicheng.Generated;

namespace Ruicheng.Primitives;

/// <summary>
/// The id of a resident (村民/居民). An opaque id, never a name or an ID-card number.
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("resident id")]
public readonly partial struct ResidentId;
