using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Ruicheng.Governance.Posts.Rules;

namespace Ruicheng.Governance.Posts;

/// <summary>
/// Who holds which governance post, and when (岗位认领台账): the register an incident report's post is checked against.
/// Immutable; built with <see cref="Create"/>.
/// </summary>
public sealed class PostRegister
{
    private readonly ImmutableDictionary<(ResidentId Holder, PostId Post), ImmutableArray<PostAssignment>> _terms;

    private PostRegister(ImmutableArray<PostAssignment> assignments)
    {
        Assignments = assignments;
        _terms = assignments.GroupBy(a => (a.Holder, a.Post)).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    /// <summary>The post a grid worker (网格员) is registered under: <c>grid-worker</c>. It is not a rulebook post.</summary>
    public static PostId GridWorkerPost { get; } = PostId.From("grid-worker");

    /// <summary>An empty register.</summary>
    public static PostRegister Empty { get; } = new([]);

    /// <summary>The terms, in the order given.</summary>
    public ImmutableArray<PostAssignment> Assignments { get; }

    /// <summary>
    /// Builds a register, checking every term (<see cref="PostAssignmentMustBeValidRule"/>): the post is one of
    /// <paramref name="posts"/> or <see cref="GridWorkerPost"/> (path <c>[i].post</c>); the holder and post are set
    /// (<c>[i].holder</c>, <c>[i].post</c>); <c>To</c> is not before <c>From</c> (<c>[i].to</c>); and no term overlaps an
    /// earlier term of the same holder and post (<c>[i]</c>). A null term is reported at <c>[i]</c>. Every broken term is
    /// reported; none is dropped.
    /// </summary>
    /// <param name="assignments">The terms, in order.</param>
    /// <param name="posts">The rulebook's posts (<see cref="Rulebooks.GovernanceRulebook.Posts"/>).</param>
    /// <returns>The register, or every violation.</returns>
    public static Result<PostRegister> Create(IEnumerable<PostAssignment?> assignments, IEnumerable<GovernancePost> posts)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(posts);
        var known = posts.Select(p => p.Id).Append(GridWorkerPost).ToHashSet();
        var list = assignments.ToList();
        var violations = new List<RuleViolation>();
        var accepted = new List<PostAssignment>();
        for (var i = 0; i < list.Count; i++)
        {
            if (PostAssignmentMustBeValidRule.Check(list[i], string.Create(CultureInfo.InvariantCulture, $"[{i}]"), known, GridWorkerPost, accepted, violations))
            {
                accepted.Add(list[i]!);
            }
        }

        return violations.Count > 0 ? Result<PostRegister>.Failure(violations) : Result<PostRegister>.Success(new PostRegister([.. accepted]));
    }

    /// <summary>Whether <paramref name="holder"/> holds <paramref name="post"/> on <paramref name="date"/> (term ends included).</summary>
    /// <param name="holder">The resident.</param>
    /// <param name="post">The post.</param>
    /// <param name="date">The civil date.</param>
    public bool Holds(ResidentId holder, PostId post, LocalDate date) =>
        _terms.TryGetValue((holder, post), out var terms) && terms.Any(t => t.Covers(date));

    /// <summary>
    /// The term under which <paramref name="report"/> was made: the reporter holds the report's post on the report's
    /// civil date in Asia/Shanghai; otherwise a <see cref="PostMustBeHeldRule"/> violation naming reporter, post and date.
    /// </summary>
    /// <param name="report">The incident report.</param>
    public Result<PostAssignment> Check(IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var date = CivilTime.DateOf(report.ReportedAt);
        var term = _terms.TryGetValue((report.Reporter, report.Post), out var terms) ? terms.FirstOrDefault(t => t.Covers(date)) : null;
        return PostMustBeHeldRule.Check(report, date, term) is { } notHeld
            ? Result<PostAssignment>.Failure(notHeld)
            : Result<PostAssignment>.Success(term!);
    }
}
