namespace Steady.Render.Templating;

/// <summary>
/// Markup the generator made itself (rendered Markdown, included partials), written into a page as is. Every other
/// value a template writes is escaped.
/// </summary>
public sealed record Html(string Value)
{
    public override string ToString() => Value;
}
