using Steady.Model;

namespace Steady.Api;

/// <summary>A maintainer of a project.</summary>
public sealed record ApiMaintainer(string Github, string? Name, MaintainerRole Role, DateOnly? Since);
