using Steady.Derive;
using Steady.Write;

namespace Steady.Render;

/// <summary>
/// Writes one family of outputs (pages, feeds, API, badges) from the derived data. Publishers run in the render
/// stage, each writing its files to the sink as it renders them.
/// </summary>
public interface ISitePublisher
{
    /// <summary>A short name for progress and profile output.</summary>
    string Name { get; }

    void Publish(SiteData data, RenderContext context, IOutputSink sink);
}
