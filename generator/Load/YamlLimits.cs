namespace Steady.Load;

/// <summary>Caps that keep a hostile file from hanging the reader or exhausting memory.</summary>
public sealed record YamlLimits
{
    public static readonly YamlLimits Default = new();

    /// <summary>Largest file read, in bytes (1 MiB).</summary>
    public long MaxBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most nodes in one document.</summary>
    public int MaxNodes { get; init; } = 200_000;
}
