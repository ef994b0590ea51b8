using System.Globalization;
using System.Resources;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>Every text the tool can show, in Chinese and English: the tool's own table and each package's catalog.</summary>
internal static class Texts
{
    public static MessageCatalog Catalog { get; } = MessageCatalog.Combine(
        MessageCatalog.Of(new ResourceManager("Ruicheng.Cli.Messages", typeof(Texts).Assembly)),
        Civility.CivilityMessages.Catalog, Governance.GovernanceMessages.Catalog, Economy.EconomyMessages.Catalog, Storage.StorageMessages.Catalog);

    /// <summary>The reader's culture: <c>--lang</c> when given (zh-CN or en), else the current UI culture.</summary>
    public static CultureInfo Culture(string? lang) => lang is null ? CultureInfo.CurrentUICulture : CultureInfo.GetCultureInfo(lang);
}
