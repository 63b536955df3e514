namespace Steady.Plan.Models;

/// <summary>One state's share of the projects-by-state bar, in a 1000-unit wide SVG.</summary>
public sealed record BarSegment(StateView State, int Count, int X, int Width, string Percent);
