namespace Steady.Render.Templating;

/// <summary>A theme template that does not parse or fails while rendering; the message names the file, line and column.</summary>
public sealed class ThemeException(string message, Exception? inner = null) : Exception(message, inner);
