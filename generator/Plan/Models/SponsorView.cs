namespace Steady.Plan.Models;

/// <summary>A sponsor, what it gives in total and to how many projects.</summary>
public sealed record SponsorView(string Slug, string Name, string Url, string? Website, string? WebsiteText, string Kind, IReadOnlyList<string> Gives, int Projects);
