namespace Steady.Model;

/// <summary>A 1-based line and column in a registry file, as shown to people.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation StartOf(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}:{Line}:{Column}";
}
