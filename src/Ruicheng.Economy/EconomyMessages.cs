using System.Resources;

namespace Ruicheng.Economy;

/// <summary>The Economy package's texts in Chinese and English (经济消息): its explanation messages and the meaning of its violation codes, with the shared texts.</summary>
public static class EconomyMessages
{
    /// <summary>The catalog: this package's table, then <see cref="MessageCatalog.Shared"/>.</summary>
    public static MessageCatalog Catalog { get; } =
        MessageCatalog.Combine(MessageCatalog.Of(new ResourceManager("Ruicheng.Economy.Messages", typeof(EconomyMessages).Assembly)), MessageCatalog.Shared);
}
