namespace Steady.Plan.Models;

/// <summary>A content page: its Markdown, rendered by the template's <c>markdown</c> function.</summary>
public sealed record ContentModel(string Markdown);
