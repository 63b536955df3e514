using Steady.Config;
using Steady.Enrich;
using Steady.Load;

namespace Steady.Serve;

/// <summary>
/// The stamps (<see cref="FileStamp"/>) of the inputs every page depends on: the theme and overrides, the content
/// pages and the enrichment files, read as the build reads them. A difference means a whole rebuild. Project,
/// sponsor and steward files are not here: the registry file cache tells which of them changed.
/// </summary>
internal sealed record InputStamps(FileStampSet Theme, FileStampSet Content, FileStampSet Enrichment)
{
    public static InputStamps Scan(SiteSettings settings)
    {
        var theme = FileStampSet.Scan(settings.Theme, "*", recursive: true);
        if (settings.Overrides is { } overrides)
        {
            theme = theme.With(FileStampSet.Scan(overrides, "*", recursive: true));
        }

        return new InputStamps(
            theme,
            FileStampSet.Scan(settings.Content, "*.md", recursive: false),
            FileStampSet.Scan(EnrichmentStore.Folder(settings.Registry), "*.json", recursive: false));
    }

    public bool SameAs(InputStamps other) =>
        Theme.SameAs(other.Theme) && Content.SameAs(other.Content) && Enrichment.SameAs(other.Enrichment);
}
