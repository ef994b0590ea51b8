using System.Resources;

namespace Ruicheng.Civility;

/// <summary>The Civility package's texts in Chinese and English (文明积分消息): its explanation messages and the meaning of its violation codes, with the shared texts.</summary>
public static class CivilityMessages
{
    /// <summary>The catalog: this package's table, then <see cref="MessageCatalog.Shared"/>.</summary>
    public static MessageCatalog Catalog { get; } =
        MessageCatalog.Combine(MessageCatalog.Of(new ResourceManager("Ruicheng.Civility.Messages", typeof(CivilityMessages).Assembly)), MessageCatalog.Shared);
}
