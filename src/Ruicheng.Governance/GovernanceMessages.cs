using System.Resources;

namespace Ruicheng.Governance;

/// <summary>The Governance package's texts in Chinese and English (治理消息): its explanation messages and the meaning of its violation codes, with the shared texts.</summary>
public static class GovernanceMessages
{
    /// <summary>The catalog: this package's table, then <see cref="MessageCatalog.Shared"/>.</summary>
    public static MessageCatalog Catalog { get; } =
        MessageCatalog.Combine(MessageCatalog.Of(new ResourceManager("Ruicheng.Governance.Messages", typeof(GovernanceMessages).Assembly)), MessageCatalog.Shared);
}
