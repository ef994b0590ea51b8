using System.Globalization;
using System.Resources;

namespace Ruicheng.Cli.Infrastructure;

/// <summary>Every text the tool can show, in Chinese and English: the tool's own table and each package's catalog.</summary>
internal static class Texts
{
    public static MessageCatalog Catalog { get; } = MessageCatalog.Combine(
        MessageCatalog.Of(new ResourceManager("Ruicheng.Cli.Messages", typeof(Texts).Assembly)),
        Civility.CivilityMessages.Catalog, Governance.GovernanceMessages.Catalog, Economy.EconomyMessages.Catalog, Storage.StorageMessages.Catalog);

    /// <summary>One of the tool's texts in the reader's language; values are escaped, so the text's own markup is the only markup.</summary>
    public static string Say(CultureInfo culture, string key, params (string Name, object? Value)[] values) =>
        Catalog.Format(key, culture, [.. values.Select(v => Figure.Of(v.Name, Spectre.Console.Markup.Escape(Invariant(v.Value))))]);

    /// <summary>One of the tool's texts as plain text (table headings, chart labels): no markup in it or its values.</summary>
    public static string Plain(CultureInfo culture, string key, params (string Name, object? Value)[] values) =>
        Catalog.Format(key, culture, [.. values.Select(v => Figure.Of(v.Name, Invariant(v.Value)))]);

    /// <summary>A coded word (an enum name) in the reader's language: <c>word.&lt;kind&gt;.&lt;value&gt;</c>, else the value itself.</summary>
    public static string Word(CultureInfo culture, string kind, object value) =>
        Catalog.Find($"word.{kind}.{value}", culture) ?? Invariant(value);

    /// <summary>A line's reason in the reader's language, or its English text when it has no message.</summary>
    public static string Why(CultureInfo culture, ExplanationStep? reason, string why) => reason is null ? why : Catalog.Describe(reason, culture);

    private static string Invariant(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The reader's culture: <c>--lang</c> when given (zh-CN or en), else the current UI culture.</summary>
    public static CultureInfo Culture(string? lang) => lang is null ? CultureInfo.CurrentUICulture : CultureInfo.GetCultureInfo(lang);
}
