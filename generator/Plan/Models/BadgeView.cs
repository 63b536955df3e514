namespace Steady.Plan.Models;

/// <summary>A project's badge and the snippets to embed it.</summary>
public sealed record BadgeView(string ImageUrl, string ImageLink, string JsonUrl, string Alt, string Markdown, string Html);
