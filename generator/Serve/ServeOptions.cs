using Steady.Config;

namespace Steady.Serve;

/// <summary>
/// What <c>steady serve</c> needs: the site settings (their base URL's path is kept; scheme, host and port become
/// the local server's), the as-of date, the port on 127.0.0.1 (0 picks a free one) and the folder the preview is
/// written to, which is never the build's output folder.
/// </summary>
public sealed record ServeOptions(SiteSettings Settings, DateOnly AsOf, int Port, string Folder)
{
    /// <summary>How long the inputs must stay quiet after a change before the rebuild starts.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(50);
}
