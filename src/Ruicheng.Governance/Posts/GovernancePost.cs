namespace Ruicheng.Governance.Posts;

/// <summary>
/// A governance post (治理岗位) that members of new employment groups claim — the article's delivery riders take
/// seven, such as public-sentiment collector (民情收集员) and food-safety monitor (食品监督员). Rulebook data.
/// </summary>
public sealed class GovernancePost
{
    /// <summary>Creates a post.</summary>
    /// <param name="id">The post's id.</param>
    /// <param name="chineseName">The Chinese name, e.g. 民情收集员.</param>
    /// <param name="englishName">The English name.</param>
    /// <exception cref="ArgumentException">A name is empty or the id unset.</exception>
    public GovernancePost(PostId id, string chineseName, string englishName)
    {
        if (id.IsDefault)
        {
            throw new ArgumentException("A post needs an id.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(chineseName);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        Id = id;
        ChineseName = chineseName;
        EnglishName = englishName;
    }

    /// <summary>The post's id.</summary>
    public PostId Id { get; }

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary><c>Chinese (English)</c>.</summary>
    public override string ToString() => $"{ChineseName} ({EnglishName})";
}
