using System.ComponentModel;

namespace Steady.Model;

/// <summary>A person who maintains a project.</summary>
public sealed record Maintainer : Located
{
    [Description("GitHub login.")]
    [Text(TextKind.GithubLogin)]
    public required string Github { get; init; }

    [Description("Name as the person wants it shown.")]
    public string? Name { get; init; }

    public required MaintainerRole Role { get; init; }

    [Description("Date the person became a maintainer.")]
    public DateOnly? Since { get; init; }
}
