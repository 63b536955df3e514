namespace Steady.Plan.Models;

/// <summary>The page shown for a missing path.</summary>
public sealed record NotFoundModel(string ProjectsUrl, string SearchUrl);
