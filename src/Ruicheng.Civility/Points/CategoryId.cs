using Ruicheng.Generated;

namespace Ruicheng.Civility.Points;

/// <summary>
/// The id of a civility-points category (积分类别): volunteering, filial piety, sanitation, law-abiding, customs reform, honours, …
/// </summary>
/// <remarks>
/// Text of 1–64 characters without whitespace or control characters, case-sensitive and compared ordinally; written
/// in JSON as a string. The default value is the unset id: its <c>Value</c> throws <see cref="InvalidOperationException"/>.
/// Every member is generated from this declaration (<c>[StringId]</c>, eng/Ruicheng.Generators).
/// </remarks>
[StringId("points category id")]
public readonly partial struct CategoryId;
