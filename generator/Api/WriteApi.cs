using System.Globalization;
using System.Text.Json;
using Steady.Derive;
using Steady.Model;
using Steady.Render;
using Steady.Write;

namespace Steady.Api;

/// <summary>
/// Publishes the static JSON API under <c>api/v1/</c> with System.Text.Json, and the JSON Schemas of its files.
/// Every file has the envelope <c>{schema_version, generated_at, total, result}</c> and sorted content.
/// </summary>
public sealed class WriteApi : ISitePublisher
{
    public string Name => "api";

    public void Publish(SiteData data, RenderContext context, IOutputSink sink)
    {
        var map = new ApiMapper(data, context);
        var bySlug = data.Projects.OrderBy(p => p.Slug, StringComparer.Ordinal).ToArray();
        void ProjectFiles() =>
            Parallel.ForEach(bySlug.Where(p => context.RendersProject(p.Slug)), Text.Parallelism.Options,
                p => ApiJson.Write(sink, ApiPaths.Project(p.Slug), map.Envelope(map.Project(p), 1)));
        if (!context.RendersSiteWide)
        {
            Text.Parallelism.Unwrapped(ProjectFiles);
            return;
        }

        // The site-wide files are written by two threads, the complete file apart from the lists, beside the project
        // files, whose loop takes whatever core the two leave: no core waits while one of them is still being written.
        Text.Parallelism.Invoke(ProjectFiles, () => SiteWideFiles(bySlug, map, context, sink), () => WriteFull(bySlug, map, data.AsOf, sink));
    }

    private static void SiteWideFiles(ProjectSignals[] bySlug, ApiMapper map, RenderContext context, IOutputSink sink)
    {
        var endpoints = ApiIndex.Endpoints(context.Urls);
        ApiJson.Write(sink, ApiPaths.Index, map.Envelope(endpoints, endpoints.Count));

        // The lists of every project stream to disk as they are serialized, each record made as it is written.
        ApiJson.WriteLarge(sink, ApiPaths.Projects,
            map.Envelope<IReadOnlyList<ApiProjectSummary>>(new MappedList<ProjectSignals, ApiProjectSummary>(bySlug, map.Summary), bySlug.Length));

        var caution = bySlug
            .Where(p => p.Caution.Level != CautionLevel.None)
            .OrderByDescending(p => p.Caution.Level)
            .ThenBy(p => p.Slug, StringComparer.Ordinal)
            .ToArray();
        ApiJson.WriteLarge(sink, ApiPaths.Caution,
            map.Envelope<IReadOnlyList<ApiCautionEntry>>(new MappedList<ProjectSignals, ApiCautionEntry>(caution, map.CautionEntry), caution.Length));

        var purls = map.Purls();
        ApiJson.WriteLarge(sink, ApiPaths.Purls, map.Envelope(purls, purls.Count));

        var stewards = map.Stewards();
        ApiJson.WriteLarge(sink, ApiPaths.Stewards, map.Envelope(stewards, stewards.Count));

        var sponsors = map.Sponsors();
        ApiJson.WriteLarge(sink, ApiPaths.Sponsors, map.Envelope(sponsors, sponsors.Count));

        foreach (var (name, text) in ApiSchemas.All())
        {
            sink.WriteText(ApiPaths.SchemaFolder + name, text);
        }
    }

    /// <summary>Projects serialized between two flushes of the complete file to the sink.</summary>
    private const int FlushEvery = 256;

    /// <summary>
    /// Streams every project into one document straight to the sink, so neither a list of all full records nor the
    /// whole file is held at once. The file is written on one line: it is the largest file of the site and only
    /// machines read it whole.
    /// </summary>
    private static void WriteFull(IReadOnlyList<ProjectSignals> projects, ApiMapper map, DateOnly asOf, IOutputSink sink) =>
        ApiJson.WriteStream(sink, ApiPaths.Full, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema_version", ApiFiles.SchemaVersion);
            writer.WriteString("generated_at", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteNumber("total", projects.Count);
            writer.WriteStartArray("result");
            var project = ApiJson.TypeInfo<ApiProject>();
            for (var i = 0; i < projects.Count; i++)
            {
                JsonSerializer.Serialize(writer, map.Project(projects[i]), project);
                if (i % FlushEvery == FlushEvery - 1)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        },
        indented: false);
}
