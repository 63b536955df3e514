using Steady.Model;

namespace Steady.Api;

/// <summary>The declared state of a project.</summary>
public sealed record ApiStatus(ProjectState State, DateOnly Since, DateOnly? Until, DateOnly Reviewed, string? Reason, string? Successor);
