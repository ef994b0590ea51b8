using System.Collections.Immutable;
using System.Globalization;

namespace Ruicheng.Economy.Enclaves;

/// <summary>
/// An enclave-economy project (飞地经济): sited in a host village (飞入地) on its land and run by member villages
/// (飞出地) with their contributions — e.g. Dawang town's 200-mu toona park at Jinpen village, run by the town's 11
/// other village branches. Revenue pays the host's land fee first, then returns to members by contribution or as a
/// fixed return; the lines always sum to the revenue.
/// </summary>
public sealed class EnclaveProject
{
    private EnclaveProject(string id, string name, UnitId host, Land.Mu area, Money hostFeePerMu, ImmutableArray<EnclaveMember> members, EnclaveReturnMethod method, Rate fixedReturn)
    {
        Id = id;
        Name = name;
        Host = host;
        Area = area;
        HostFeePerMu = hostFeePerMu;
        Members = members;
        Method = method;
        FixedReturn = fixedReturn;
    }

    /// <summary>The project's id.</summary>
    public string Id { get; }

    /// <summary>The rulebook the project comes from (its explanations name it), or null for a project built in code.</summary>
    public Ruicheng.Primitives.Rulebooks.RulebookReference? Rulebook { get; private init; }

    /// <summary>The project's name, e.g. 大王镇香椿产业园.</summary>
    public string Name { get; }

    /// <summary>The host village.</summary>
    public UnitId Host { get; }

    /// <summary>The land area in the host village.</summary>
    public Land.Mu Area { get; }

    /// <summary>The yearly land fee per mu owed to the host.</summary>
    public Money HostFeePerMu { get; }

    /// <summary>The member villages and their contributions.</summary>
    public ImmutableArray<EnclaveMember> Members { get; }

    /// <summary>How revenue after the host fee returns to members.</summary>
    public EnclaveReturnMethod Method { get; }

    /// <summary>For <see cref="EnclaveReturnMethod.FixedReturn"/>, the yearly rate on each contribution.</summary>
    public Rate FixedReturn { get; }

    /// <summary>The host's yearly land fee (area × fee per mu, half away from zero).</summary>
    public Money HostFee => HostFeePerMu.Multiply(Area.Value, FenRounding.HalfAwayFromZero);

    /// <summary>Creates a project.</summary>
    /// <param name="id">The project's id.</param>
    /// <param name="name">Its name.</param>
    /// <param name="host">The host village.</param>
    /// <param name="area">The land area.</param>
    /// <param name="hostFeePerMu">The yearly land fee per mu, not negative.</param>
    /// <param name="members">Member villages with positive contributions; none is the host, none repeats.</param>
    /// <param name="method">How revenue returns to members.</param>
    /// <param name="fixedReturn">The fixed return rate (ignored for <see cref="EnclaveReturnMethod.ByContribution"/>).</param>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public static EnclaveProject Create(string id, string name, UnitId host, Land.Mu area, Money hostFeePerMu, IEnumerable<EnclaveMember> members, EnclaveReturnMethod method, Rate fixedReturn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(members);
        var list = members.ToImmutableArray();
        if (list.IsEmpty || list.Any(m => m.Contribution <= Money.Zero))
        {
            throw new ArgumentException("An enclave project needs member villages with positive contributions.", nameof(members));
        }

        if (list.Any(m => m.Village == host) || list.Select(m => m.Village).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("Member villages are distinct and do not include the host.", nameof(members));
        }

        if (hostFeePerMu.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(hostFeePerMu), hostFeePerMu, "The host fee is not negative.");
        }

        return new EnclaveProject(id, name, host, area, hostFeePerMu, list, method, fixedReturn);
    }

    /// <summary>
    /// Checks where the project sits against the host's hierarchy, which this package cannot see: the host and every
    /// member is a village, and every member lies in the host's town (飞出地 and 飞入地 in one town).
    /// </summary>
    /// <param name="lookup">For a unit id: its town's id and whether it is a village, or null when the hierarchy has no such unit.</param>
    /// <returns>The project, or one violation per unit that is unknown, not a village or in another town (<c>economy.enclave.site</c>, path <c>host</c> or <c>members[i]</c>).</returns>
    public Result<EnclaveProject> CheckSites(Func<UnitId, (UnitId Town, bool IsVillage)?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var violations = new List<RuleViolation>();
        var host = lookup(Host);
        if (host is not { IsVillage: true })
        {
            violations.Add(RuleViolation.At(SiteRule, "host", host is null ? $"The host '{Host}' is not in the hierarchy." : $"The host '{Host}' is not a village.", Host.Value));
        }

        for (var i = 0; i < Members.Length; i++)
        {
            var member = lookup(Members[i].Village);
            var why = member is null ? "is not in the hierarchy"
                : !member.Value.IsVillage ? "is not a village"
                : host is { } h && member.Value.Town != h.Town ? $"lies in {member.Value.Town}, not in the host's town {h.Town}"
                : null;
            if (why is not null)
            {
                violations.Add(RuleViolation.At(SiteRule, $"members[{i}]", $"Member '{Members[i].Village}' {why}.", Members[i].Village.Value));
            }
        }

        return violations.Count > 0 ? Result<EnclaveProject>.Failure(violations) : Result<EnclaveProject>.Success(this);
    }

    /// <summary>The rule that an enclave's host and members are villages of one town: <c>economy.enclave.site</c>.</summary>
    public static RuleId SiteRule { get; } = RuleId.From("economy.enclave.site");

    internal EnclaveProject PinnedTo(Ruicheng.Primitives.Rulebooks.RulebookReference rulebook) =>
        new(Id, Name, Host, Area, HostFeePerMu, Members, Method, FixedReturn) { Rulebook = rulebook };

    /// <summary>Splits a year's revenue: host fee first, then the members' returns; the lines sum to the revenue.</summary>
    /// <param name="revenue">The year's revenue; zero or negative is a loss carried by the project.</param>
    /// <returns>The lines, explained.</returns>
    public Decision<ImmutableArray<EnclaveLine>> Split(Money revenue)
    {
        var lines = ImmutableArray.CreateBuilder<EnclaveLine>();
        var steps = new List<ExplanationStep>();
        var rule = RuleId.From($"enclave.{Id}");
        if (revenue <= Money.Zero)
        {
            lines.Add(Line(EnclaveRole.Project, null, revenue, EconomyMessages.Catalog.Step(rule, "economy.why.enclave.loss", [])));
            steps.Add(EconomyMessages.Catalog.Step(rule, "economy.enclave.loss", [], Figure.Of("revenue", revenue)));
            return Decision<ImmutableArray<EnclaveLine>>.Create(lines.ToImmutable(), Explanation.Create(Rulebook, steps));
        }

        var hostFee = Money.Min(HostFee, revenue);
        lines.Add(Line(EnclaveRole.Host, Host, hostFee, EconomyMessages.Catalog.Step(rule, hostFee < HostFee ? "economy.why.enclave.fee;economy.why.enclave.fee-short" : "economy.why.enclave.fee",
            [Figure.Of("area", Area), Figure.Of("perMu", HostFeePerMu), Figure.Of("fee", HostFee), Figure.Of("paid", hostFee)])));
        steps.Add(EconomyMessages.Catalog.Step(rule, "economy.enclave.host-fee", [], Figure.Of("area", Area), Figure.Of("feePerMu", HostFeePerMu), Figure.Of("hostFee", hostFee)));
        var rest = revenue - hostFee;
        var keys = Members.Select(m => m.Village).ToArray();
        var contributions = Members.Select(m => m.Contribution.Fen).ToArray();
        var total = Money.Sum(Members.Select(m => m.Contribution));
        Money[] returns;
        if (Method == EnclaveReturnMethod.ByContribution)
        {
            returns = rest.Allocate<UnitId>(keys, contributions);
            steps.Add(EconomyMessages.Catalog.Step(rule, "economy.enclave.by-contribution", [], Figure.Of("rest", rest), Figure.Of("contributions", total)));
        }
        else
        {
            var dues = Members.Select(m => m.Contribution.Multiply(FixedReturn, FenRounding.TowardZero)).ToArray();
            var due = Money.Sum(dues);
            returns = due <= rest ? dues : rest.Allocate<UnitId>(keys, dues.Select(d => d.Fen).ToArray());
            steps.Add(EconomyMessages.Catalog.Step(rule, due > rest ? "economy.enclave.fixed.short" : "economy.enclave.fixed", [Figure.Of("rate", FixedReturn)],
                Figure.Of("rest", rest), Figure.Of("due", due)));
        }

        for (var i = 0; i < Members.Length; i++)
        {
            lines.Add(Line(EnclaveRole.Member, Members[i].Village, returns[i], EconomyMessages.Catalog.Step(rule, "economy.why.enclave.member",
                [Figure.Of("contribution", Members[i].Contribution), Figure.Of("total", total), Figure.Of("method", Method)])));
        }

        var kept = rest - Money.Sum(returns);
        if (!kept.IsZero)
        {
            lines.Add(Line(EnclaveRole.Project, null, kept, EconomyMessages.Catalog.Step(rule, "economy.why.enclave.kept", [])));
        }

        return Decision<ImmutableArray<EnclaveLine>>.Create(lines.ToImmutable(), Explanation.Create(Rulebook, steps));
    }

    private static EnclaveLine Line(EnclaveRole role, UnitId? village, Money amount, ExplanationStep why) => new(role, village, amount, why.Summary) { Reason = why };
}
