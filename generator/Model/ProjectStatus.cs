using System.ComponentModel;

namespace Steady.Model;

/// <summary>The declared state of a project.</summary>
public sealed record ProjectStatus : Located
{
    public required ProjectState State { get; init; }

    [Description("Date the state began.")]
    public required DateOnly Since { get; init; }

    [Description("Expected return or review date (required for hiatus).")]
    [AllowFuture]
    public DateOnly? Until { get; init; }

    [Description("Last time a maintainer or steward confirmed this entry.")]
    public required DateOnly Reviewed { get; init; }

    [Description("Why the project is in this state. Personal reasons never need to be published.")]
    public string? Reason { get; init; }

    [Description("The project that supersedes this one: a registry slug or an https URL (required for deprecated).")]
    [Text(TextKind.SlugOrUrl)]
    public string? Successor { get; init; }
}
