using System.ComponentModel;
using Spectre.Console.Cli;
using Steady.Config;
using Steady.Diagnostics;

namespace Steady.Cli.Commands;

/// <summary>
/// The options of the commands that build the site (<c>build</c>, <c>serve</c>): the settings file and an option for
/// every setting in it, each winning over the file.
/// </summary>
public class SiteCommandSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("The settings file. Default: steady.yml (the defaults apply when it does not exist)")]
    public string? Config { get; init; }

    [CommandOption("--registry <DIR>")]
    [Description("The registry folder. Default: registry-data")]
    public string? Registry { get; init; }

    [CommandOption("--content <DIR>")]
    [Description("The Markdown pages folder. Default: content")]
    public string? Content { get; init; }

    [CommandOption("--theme <DIR>")]
    [Description("The theme folder. Default: themes/default")]
    public string? Theme { get; init; }

    [CommandOption("--overrides <DIR>")]
    [Description("A folder whose files replace the theme's files of the same path")]
    public string? Overrides { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("The output folder, replaced whole when a build succeeds; serve writes its preview beside it, to DIR.serve. Default: _site")]
    public string? Out { get; init; }

    [CommandOption("--base-url <URL>")]
    [Description("The absolute URL the site is published at, with its path, e.g. https://org.github.io/registry/")]
    public string? BaseUrl { get; init; }

    [CommandOption("--title <TEXT>")]
    [Description("The site title")]
    public string? Title { get; init; }

    [CommandOption("--description <TEXT>")]
    [Description("One sentence describing the site")]
    public string? Description { get; init; }

    [CommandOption("--language <CODE>")]
    [Description("The language of the pages. Default: en")]
    public string? Language { get; init; }

    [CommandOption("--repository <URL>")]
    [Description("The registry's repository, for the 'edit this entry' and 'history' links")]
    public string? Repository { get; init; }

    [CommandOption("--branch <NAME>")]
    [Description("The branch the registry is edited on. Default: main")]
    public string? Branch { get; init; }

    [CommandOption("--as-of <DATE>")]
    [Description("The date signals are computed for (YYYY-MM-DD). SOURCE_DATE_EPOCH wins when set. Default: today")]
    public string? AsOf { get; init; }

    public SettingsOverrides ToOverrides() => new()
    {
        Registry = Registry, Content = Content, Theme = Theme, Overrides = Overrides, Out = Out, BaseUrl = BaseUrl,
        Title = Title, Description = Description, Language = Language, Repository = Repository, Branch = Branch,
    };

    /// <summary>
    /// The site settings: <c>steady.yml</c> (or <c>--config</c>) with the options applied. Null after printing the
    /// problems of a settings file that cannot be read.
    /// </summary>
    /// <exception cref="UsageException">The settings file named by <c>--config</c> is missing, or the base URL is not http(s).</exception>
    public SiteSettings? Resolve(Terminal terminal, DateOnly asOf)
    {
        var config = Config ?? SettingsLoader.FileName;
        if (Config is not null && !File.Exists(config))
        {
            throw new UsageException($"settings file '{config}' does not exist");
        }

        var (site, problems) = SettingsLoader.Load(config, ToOverrides(), asOf);
        if (site is null)
        {
            DiagnosticFormat.Write(terminal.Out, "text", problems);
            return null;
        }

        if (!Text.TextRules.IsHttpUrl(site.BaseUrl))
        {
            throw new UsageException($"base URL '{site.BaseUrl}' is not an absolute http(s) URL");
        }

        return site;
    }
}
