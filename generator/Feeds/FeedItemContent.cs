using System.Text;
using Steady.Render.Templating;

namespace Steady.Feeds;

/// <summary>
/// Builds the text and the HTML content of a feed item side by side, escaping every value for HTML. The builders
/// are the thread's own, kept from item to item: one item is built at a time on a thread, and its
/// <see cref="Text"/> and <see cref="Html"/> are read before the next item starts.
/// </summary>
internal sealed class FeedItemContent
{
    [ThreadStatic]
    private static StringBuilder? t_text;

    [ThreadStatic]
    private static StringBuilder? t_html;

    private readonly StringBuilder _text;
    private readonly StringBuilder _html;

    public FeedItemContent(string lead, string projectName, string projectUrl)
    {
        _text = (t_text ??= new StringBuilder(1024)).Clear();
        _html = (t_html ??= new StringBuilder(2048)).Clear();
        _text.Append(lead).Append("\n\nProject: ").Append(projectName).Append(" <").Append(projectUrl).Append(">\n");
        _html.Append("<p>").Append(HtmlText.Escape(lead)).Append("</p>\n")
            .Append("<p>Project: <a href=\"").Append(HtmlText.Escape(projectUrl)).Append("\">")
            .Append(HtmlText.Escape(projectName)).Append("</a></p>\n");
    }

    public string Text => WithoutFinalLineEnds(_text);

    public string Html => WithoutFinalLineEnds(_html);

    private static string WithoutFinalLineEnds(StringBuilder sb)
    {
        var length = sb.Length;
        while (length > 0 && sb[length - 1] == '\n')
        {
            length--;
        }

        return sb.ToString(0, length);
    }

    public void Facts(IReadOnlyList<(string Name, string Value)> facts)
    {
        _html.Append("<ul>\n");
        foreach (var (name, value) in facts)
        {
            _text.Append(name).Append(": ").Append(value).Append('\n');
            _html.Append("<li>").Append(HtmlText.Escape(name)).Append(": ").Append(HtmlText.Escape(value)).Append("</li>\n");
        }

        _html.Append("</ul>\n");
    }

    public void Caution(FeedCaution caution)
    {
        var since = caution.Since is { } s ? $" since {s:yyyy-MM-dd}" : "";
        _text.Append("Downstream caution now: ").Append(caution.Level).Append(since).Append('\n');
        _html.Append("<p>Downstream caution now: ").Append(HtmlText.Escape(caution.Level)).Append(since).Append("</p>\n");
        if (caution.Reasons.Count == 0)
        {
            return;
        }

        _html.Append("<ul>\n");
        foreach (var reason in caution.Reasons)
        {
            _text.Append("- ").Append(reason).Append('\n');
            _html.Append("<li>").Append(HtmlText.Escape(reason)).Append("</li>\n");
        }

        _html.Append("</ul>\n");
    }

    /// <summary>A labelled address: a link when it passed the scheme allow-list, else plain escaped text.</summary>
    public void Link(string label, string address, bool isLink)
    {
        _text.Append(label).Append(": ").Append(address).Append('\n');
        _html.Append("<p>").Append(label).Append(": ");
        var encoded = HtmlText.Escape(address);
        if (isLink)
        {
            _html.Append("<a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a>");
        }
        else
        {
            _html.Append(encoded);
        }

        _html.Append("</p>\n");
    }
}
