using System.ComponentModel;

namespace Steady.Api;

/// <summary>One file or family of files the site publishes for machines, as listed in <c>api/v1/index.json</c>.</summary>
public sealed record ApiEndpoint(
    [property: Description("Site path; {slug} stands for a project's slug.")] string Path,
    [property: Description("Absolute URL; {slug} stands for a project's slug.")] string Url,
    [property: Description("api, schema, feed, calendar or badge.")] string Kind,
    string MediaType,
    string Description,
    [property: Description("Absolute URL of the JSON Schema of the file, for API files.")] string? Schema);
