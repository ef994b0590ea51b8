using System.Collections.Immutable;
using Ruicheng.Governance.Calendars;

namespace Ruicheng.Governance.Disputes;

/// <summary>An ordered escalation ladder (分级调处), e.g. grid → village → township → county → court; tiers never go backwards in stage.</summary>
public sealed class EscalationLadder
{
    internal EscalationLadder(string id, TimeLimit acceptWithin, ImmutableArray<EscalationTier> tiers)
    {
        Id = id;
        AcceptWithin = acceptWithin;
        Tiers = tiers;
    }

    /// <summary>The ladder's id, e.g. <c>mediation</c> or <c>petition</c>.</summary>
    public string Id { get; }

    /// <summary>How soon a reported case must be accepted or declined.</summary>
    public TimeLimit AcceptWithin { get; }

    /// <summary>The tiers, lowest first.</summary>
    public ImmutableArray<EscalationTier> Tiers { get; }

    /// <summary>The index of a tier by id, or −1.</summary>
    /// <param name="tierId">The tier's id.</param>
    public int IndexOf(string tierId)
    {
        for (var i = 0; i < Tiers.Length; i++)
        {
            if (string.Equals(Tiers[i].Id, tierId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
