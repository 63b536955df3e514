namespace Steady.Check;

/// <summary>What the checker learned from one HTML page: its anchors and its references to other files.</summary>
internal sealed record PageFacts(string Page, IReadOnlySet<string> Anchors, IReadOnlyList<(string Kind, string Target)> References);
