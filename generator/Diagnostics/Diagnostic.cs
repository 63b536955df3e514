using System.Globalization;
using Steady.Model;

namespace Steady.Diagnostics;

/// <summary>One problem found in a registry file, pointing at its file, line and column.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation At, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary><c>path:line:col: error CODE: message</c>, the form compilers use, so editors can jump to it.</summary>
    public string Headline => string.Create(CultureInfo.InvariantCulture,
        $"{At.Path}:{At.Line}:{At.Column}: {(IsError ? "error" : "warning")} {Code}: {Message}");

    public override string ToString() => Hint is null ? Headline : $"{Headline}\n  hint: {Hint}";

    /// <summary>Sort order of every report: file, line, column, then code.</summary>
    public static readonly IComparer<Diagnostic> Order = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.At.Path, b.At.Path);
        if (c == 0) c = a.At.Line.CompareTo(b.At.Line);
        if (c == 0) c = a.At.Column.CompareTo(b.At.Column);
        if (c == 0) c = string.CompareOrdinal(a.Code, b.Code);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    });
}
