using System.ComponentModel;
using Steady.Model;

namespace Steady.Config;

/// <summary>Site settings from <c>steady.yml</c> at the repository root; every one has a command-line override.</summary>
public sealed record SiteSettings : Located
{
    public static readonly SiteSettings Default = new();

    [Description("Site title.")]
    public string Title { get; init; } = "Steady";

    [Description("One sentence shown under the title and in feeds.")]
    public string Description { get; init; } = "The health of critical open-source projects: who maintains them, who needs help, and when to review with extra care.";

    [Description("Absolute URL the site is published at, with its path, e.g. https://org.github.io/registry/.")]
    [Text(TextKind.Url)]
    public string BaseUrl { get; init; } = "http://localhost:8080/";

    [Description("Language of the pages (the html lang attribute).")]
    public string Language { get; init; } = "en";

    [Description("The registry folder.")]
    public string Registry { get; init; } = "registry-data";

    [Description("The Markdown content folder.")]
    public string Content { get; init; } = "content";

    [Description("The theme folder.")]
    public string Theme { get; init; } = "themes/default";

    [Description("A folder whose files override the theme's (layouts, partials, assets).")]
    public string? Overrides { get; init; }

    [Description("The output folder.")]
    public string Out { get; init; } = "_site";

    [Description("The registry's repository, for 'edit this entry' and 'history' links.")]
    [Text(TextKind.Url)]
    public string Repository { get; init; } = "https://github.com/steady-registry/registry";

    [Description("The branch the registry is edited on.")]
    public string Branch { get; init; } = "main";
}
