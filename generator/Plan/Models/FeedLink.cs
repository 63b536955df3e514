namespace Steady.Plan.Models;

/// <summary>One feed format, for a head <c>link rel="alternate"</c> and for visible feed links.</summary>
public sealed record FeedLink(string Title, string Format, string MediaType, string Url);
