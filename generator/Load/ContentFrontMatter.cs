using System.ComponentModel;
using Steady.Model;

namespace Steady.Load;

/// <summary>The YAML front matter of a content page (<c>content/*.md</c>).</summary>
public sealed record ContentFrontMatter : Located
{
    [Description("The page title: its h1, its title element and its label in the navigation.")]
    public required string Title { get; init; }

    [Description("Position in the navigation: lower first; pages without an order come last.")]
    public decimal? Order { get; init; }

    [Description("One sentence for search engines and link previews.")]
    public string? Description { get; init; }
}
