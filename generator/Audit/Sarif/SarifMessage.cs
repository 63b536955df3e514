namespace Steady.Audit.Sarif;

/// <summary>The <c>message</c> object of a result.</summary>
/// <param name="Text">Plain text.</param>
public sealed record SarifMessage(string Text);
