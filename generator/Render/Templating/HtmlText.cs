using System.Text;

namespace Steady.Render.Templating;

/// <summary>Escapes text for HTML text and quoted attribute values: <c>&amp; &lt; &gt; " '</c>.</summary>
public static class HtmlText
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
