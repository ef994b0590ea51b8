using System.Collections.Immutable;
using Ruicheng.Governance.Calendars;
using Ruicheng.Governance.Hierarchy;

namespace Ruicheng.Governance.Disputes;

/// <summary>
/// One rung of an escalation ladder (调处层级): the body that handles it, the role that body acts in, its stage,
/// the level of the hierarchy it sits at, its time limit and how many extensions (延期) it allows.
/// </summary>
public sealed class EscalationTier
{
    internal EscalationTier(
        string id, string body, string bodyChinese, ActorRole handler, DisputeStage stage, UnitLevel level,
        TimeLimit? limit, int extensionsAllowed, TimeLimit extension, ImmutableHashSet<string> skippableFor)
    {
        Id = id;
        Body = body;
        BodyChinese = bodyChinese;
        Handler = handler;
        Stage = stage;
        Level = level;
        Limit = limit;
        ExtensionsAllowed = extensionsAllowed;
        Extension = extension;
        SkippableFor = skippableFor;
    }

    /// <summary>
    /// How long after this tier's written opinion (<see cref="DisputeTrigger.RecordFailure"/>) a party may still ask the
    /// next tier (e.g. 30 calendar days to request a petition's review, 信访复查); null when there is no such window.
    /// </summary>
    public TimeLimit? RequestNextWithin { get; internal init; }

    /// <summary>The tier's id, e.g. <c>village</c>.</summary>
    public string Id { get; }

    /// <summary>The handling body, in English.</summary>
    public string Body { get; }

    /// <summary>The handling body, in Chinese, e.g. 村调委会.</summary>
    public string BodyChinese { get; }

    /// <summary>The role in which the body acts; only that role may record agreements, failures and extensions here.</summary>
    public ActorRole Handler { get; }

    /// <summary>The stage the tier belongs to.</summary>
    public DisputeStage Stage { get; }

    /// <summary>The hierarchy level the tier sits at (for "small matters stay in the village", 小事不出村).</summary>
    public UnitLevel Level { get; }

    /// <summary>The time limit at this tier, or null where none runs (court referral).</summary>
    public TimeLimit? Limit { get; }

    /// <summary>How many extensions the tier grants at most.</summary>
    public int ExtensionsAllowed { get; }

    /// <summary>The length of one extension.</summary>
    public TimeLimit Extension { get; }

    /// <summary>Case types that may skip this tier on escalation (only where the rulebook says so).</summary>
    public ImmutableHashSet<string> SkippableFor { get; }

    /// <summary><c>id (body)</c>.</summary>
    public override string ToString() => $"{Id} ({BodyChinese})";
}
