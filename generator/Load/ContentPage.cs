namespace Steady.Load;

/// <summary>A Markdown page of <c>content/</c>: its name (file name without <c>.md</c>, also its URL), front matter and body.</summary>
public sealed record ContentPage(string Name, string Title, decimal? Order, string? Description, string Markdown, string Source);
