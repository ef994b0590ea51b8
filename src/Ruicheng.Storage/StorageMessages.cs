using System.Resources;

namespace Ruicheng.Storage;

/// <summary>The Storage package's texts in Chinese and English (存储消息): the meaning of its violation codes, with the shared texts.</summary>
public static class StorageMessages
{
    /// <summary>The catalog: this package's table, then <see cref="MessageCatalog.Shared"/>.</summary>
    public static MessageCatalog Catalog { get; } =
        MessageCatalog.Combine(MessageCatalog.Of(new ResourceManager("Ruicheng.Storage.Messages", typeof(StorageMessages).Assembly)), MessageCatalog.Shared);
}
