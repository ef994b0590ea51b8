using Ruicheng.Generated;

namespace Ruicheng.Governance.Posts;

/// <summary>
/// The id of a governance post (治理岗位) that members of new employment groups claim, e.g. public-sentiment collector (民情收集员).
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("governance post id")]
public readonly partial struct PostId;
