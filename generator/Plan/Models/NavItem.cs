namespace Steady.Plan.Models;

/// <summary>A navigation entry; <see cref="Section"/> is the site path a page names to mark it as current.</summary>
public sealed record NavItem(string Label, string Url, string Section);
