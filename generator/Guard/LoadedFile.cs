using Steady.Diagnostics;

namespace Steady.Guard;

/// <summary>A registry file read at one commit.</summary>
/// <param name="Exists">False when the commit has no file at the path.</param>
/// <param name="Value">The bound model, or null when the file is missing or could not be read.</param>
/// <param name="Unreadable">Why the file could not be read at all, or null.</param>
/// <param name="Problems">What the loader reported while reading it.</param>
public sealed record LoadedFile<T>(string Path, bool Exists, T? Value, string? Unreadable, IReadOnlyList<Diagnostic> Problems)
    where T : class
{
    public static LoadedFile<T> Missing(string path) => new(path, false, null, null, []);
}
