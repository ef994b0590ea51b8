using System.Globalization;

namespace Ruicheng.Governance.Posts.Rules;

/// <summary>
/// A post register lists only posts the rulebook defines (or the grid worker post), each term ends on or after the
/// day it starts, and one resident's terms of the same post never overlap.
/// </summary>
public static class PostAssignmentMustBeValidRule
{
    /// <summary>The rule's stable id: <c>governance.post.assignment</c>.</summary>
    public static RuleId Id { get; } = RuleId.From("governance.post.assignment");

    /// <summary>
    /// Adds the violations of the term at <paramref name="path"/> to <paramref name="violations"/>, in this order: a
    /// missing term (and nothing more); an unset holder (<c>.holder</c>); a post that is unset or not in
    /// <paramref name="known"/> (<c>.post</c>); an end before the start (<c>.to</c>); and, only when none of these, an
    /// overlap with an <paramref name="accepted"/> term of the same holder and post (the path itself).
    /// </summary>
    /// <returns>Whether the term is valid (nothing was added).</returns>
    internal static bool Check(
        PostAssignment? term, string path, IReadOnlySet<PostId> known, PostId gridWorkerPost, IReadOnlyList<PostAssignment> accepted, List<RuleViolation> violations)
    {
        if (term is null)
        {
            violations.Add(RuleViolation.At(Id, path, "A term is missing (null)."));
            return false;
        }

        var before = violations.Count;
        if (term.Holder.IsDefault)
        {
            violations.Add(RuleViolation.At(Id, path + ".holder", "A term names the resident who holds the post."));
        }

        if (term.Post.IsDefault || !known.Contains(term.Post))
        {
            violations.Add(RuleViolation.At(
                Id, path + ".post", $"Post '{term.Post}' is neither a post of the rulebook nor '{gridWorkerPost}'.", term.Post.IsDefault ? null : term.Post.Value));
        }

        if (term.To is { } to && to < term.From)
        {
            violations.Add(RuleViolation.At(
                Id, path + ".to", $"The term ends on {to:uuuu-MM-dd}, before it starts on {term.From:uuuu-MM-dd}.", to.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (violations.Count == before && accepted.FirstOrDefault(a => a.Holder == term.Holder && a.Post == term.Post && Overlap(a, term)) is { } other)
        {
            violations.Add(RuleViolation.At(
                Id, path, $"{term.Holder}'s term of {term.Post} from {term.From:uuuu-MM-dd} overlaps the term from {other.From:uuuu-MM-dd}.", term.Holder.Value));
        }

        return violations.Count == before;
    }

    private static bool Overlap(PostAssignment a, PostAssignment b) =>
        a.From <= (b.To ?? NodaTime.LocalDate.MaxIsoValue) && b.From <= (a.To ?? NodaTime.LocalDate.MaxIsoValue);
}
