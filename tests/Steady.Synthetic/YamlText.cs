using System.Globalization;
using System.Text;

namespace Steady.Synthetic;

/// <summary>
/// Appends YAML scalars to a <see cref="StringBuilder"/>. Free text is always double-quoted with
/// escapes; identifiers, URLs and purls are written plain only when that is unambiguous.
/// </summary>
public static class YamlText
{
    private static readonly string[] Reserved =
    [
        "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~",
    ];

    /// <summary>Appends a double-quoted scalar: <c>"</c>, <c>\</c> and control characters escaped.</summary>
    public static StringBuilder Quoted(this StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (c < ' ' || c == '\u007f' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"');
    }

    /// <summary>
    /// Appends an identifier, URL or purl plain when it cannot be read as anything else
    /// (also inside a flow collection), and double-quoted otherwise.
    /// </summary>
    public static StringBuilder Scalar(this StringBuilder builder, string value) =>
        IsPlainSafe(value) ? builder.Append(value) : builder.Quoted(value);

    public static StringBuilder Date(this StringBuilder builder, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return builder.Append(text[..written]);
    }

    public static StringBuilder Number(this StringBuilder builder, int value) =>
        builder.Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends <c>[a, b, c]</c>.</summary>
    public static StringBuilder FlowList(this StringBuilder builder, IReadOnlyList<string> items)
    {
        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Scalar(items[i]);
        }

        return builder.Append(']');
    }

    /// <summary>
    /// True when <paramref name="value"/> starts with a letter and holds only letters, digits and
    /// <c>. _ / : @ % + - = ? &amp; ~</c>, is not a reserved word, and has no <c>:</c> at its end.
    /// </summary>
    public static bool IsPlainSafe(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0]) || value[^1] == ':')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or ':' or '@' or '%' or '+' or '-' or '=' or '?' or '&' or '~'))
            {
                return false;
            }
        }

        foreach (var word in Reserved)
        {
            if (string.Equals(value, word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
