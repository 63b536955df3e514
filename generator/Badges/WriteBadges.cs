using Steady.Api;
using Steady.Derive;
using Steady.Render;
using Steady.Write;

namespace Steady.Badges;

/// <summary>Publishes <c>badges/&lt;slug&gt;.svg</c> and the shields.io endpoint file <c>badges/&lt;slug&gt;.json</c> of every project.</summary>
public sealed class WriteBadges : ISitePublisher
{
    public string Name => "badges";

    public void Publish(SiteData data, RenderContext context, IOutputSink sink) =>
        Parallel.ForEach(data.Projects.Where(p => context.RendersProject(p.Slug)), Text.Parallelism.Options, p =>
        {
            var badge = Badge.For(p);
            sink.WriteText(BadgePaths.Svg(p.Slug), BadgeSvg.Render(badge));
            ApiJson.Write(sink, BadgePaths.Endpoint(p.Slug), ShieldsEndpoint.For(badge));
        });
}
