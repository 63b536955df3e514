namespace Steady.Config;

/// <summary>Settings given on the command line; each one that is set wins over <c>steady.yml</c>.</summary>
public sealed record SettingsOverrides
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? BaseUrl { get; init; }

    public string? Language { get; init; }

    public string? Registry { get; init; }

    public string? Content { get; init; }

    public string? Theme { get; init; }

    public string? Overrides { get; init; }

    public string? Out { get; init; }

    public string? Repository { get; init; }

    public string? Branch { get; init; }
}
