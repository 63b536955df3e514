using Steady.Model;

namespace Steady.Diagnostics;

/// <summary>Collects diagnostics from one file; not thread-safe (one bag per file, merged afterwards).</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Error, code, message, at, hint));

    public void Warning(string code, SourceLocation at, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, message, at, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>All diagnostics in the stable report order.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        var copy = _items.ToArray();
        Array.Sort(copy, Diagnostic.Order);
        return copy;
    }
}
