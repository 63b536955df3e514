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

        // The lists are written by one thread beside the project files and the complete file, whose rounds take
        // whatever core the lists leave: no core waits while one of them is still being written.
        Text.Parallelism.Invoke(() => ProjectFilesAndFull(bySlug, map, data.AsOf, sink), () => SiteWideFiles(bySlug, map, context, sink));
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

    /// <summary>Projects whose files are written in one round, in parallel, before their records join the complete file.</summary>
    private const int Round = 512;

    private static ReadOnlySpan<byte> ResultKey => "\"result\":"u8;

    /// <summary>
    /// Writes each project's file and streams the complete file, which holds every project's record in slug order, straight
    /// to the sink, so neither a list of all full records nor the whole file is held at once. Each record is serialized
    /// once: the project's file is written from it, and its compact form joins the complete file. The complete file is
    /// written on one line: it is the largest file of the site and only machines read it whole. The projects go by
    /// rounds; a round's records join the complete file while the next round's files are written.
    /// </summary>
    private static void ProjectFilesAndFull(ProjectSignals[] projects, ApiMapper map, DateOnly asOf, IOutputSink sink) =>
        ApiJson.WriteStream(sink, ApiPaths.Full, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema_version", ApiFiles.SchemaVersion);
            writer.WriteString("generated_at", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteNumber("total", projects.Length);
            writer.WriteStartArray("result");
            var records = new byte[Math.Min(Round, projects.Length)][];
            var previous = new byte[records.Length][];
            var previousCount = 0;
            for (var start = 0; start < projects.Length; start += Round)
            {
                var count = Math.Min(Round, projects.Length - start);
                (records, previous) = (previous, records);
                var joining = previousCount;
                // Item 0 appends the previous round's records while the other items write this round's files.
                Parallel.For(0, count + 1, Text.Parallelism.Options, i =>
                {
                    if (i == 0)
                    {
                        Join(writer, previous, joining);
                        return;
                    }

                    records[i - 1] = WriteProject(projects[start + i - 1], map, sink);
                });
                previousCount = count;
            }

            Join(writer, records, previousCount);
            writer.WriteEndArray();
            writer.WriteEndObject();
        },
        indented: false);

    private static void Join(Utf8JsonWriter writer, byte[][] records, int count)
    {
        for (var i = 0; i < count; i++)
        {
            writer.WriteRawValue(records[i], skipInputValidation: true);
            records[i] = null!;
        }

        writer.Flush();
    }

    /// <summary>Writes the project's file and returns its record in compact form, for the complete file.</summary>
    private static byte[] WriteProject(ProjectSignals project, ApiMapper map, IOutputSink sink)
    {
        using var buffer = new SegmentedBuffer();
        ApiJson.Serialize(buffer, map.Envelope(map.Project(project), 1));
        var file = buffer.Content().Span;
        // The record is the envelope's last property, after three whose values hold no quoted text.
        var result = file.IndexOf(ResultKey) + ResultKey.Length;
        var record = CompactJson.Minify(file[result..file.LastIndexOf((byte)'}')]);
        buffer.WriteTo(sink, ApiPaths.Project(project.Slug));
        return record;
    }
}
