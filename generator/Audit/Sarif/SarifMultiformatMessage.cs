namespace Steady.Audit.Sarif;

/// <summary>The <c>multiformatMessageString</c> object.</summary>
/// <param name="Text">Plain text.</param>
/// <param name="Markdown">The same in Markdown, or null.</param>
public sealed record SarifMultiformatMessage(string Text, string? Markdown = null);
