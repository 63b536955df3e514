using System.Globalization;
using System.Text;

namespace Steady.Audit;

/// <summary>Makes untrusted text (from an SBOM or the registry) safe to show on one line.</summary>
internal static class AuditText
{
    /// <summary>Replaces control and format characters (such as bidirectional overrides) with <c>?</c> and cuts the text to <paramref name="max"/> characters.</summary>
    public static string Clip(string text, int max)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max + 3));
        foreach (var c in text)
        {
            if (builder.Length >= max)
            {
                if (char.IsHighSurrogate(builder[^1]))
                {
                    builder.Length--;
                }

                return builder.Append("...").ToString();
            }

            builder.Append(char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format ? '?' : c);
        }

        return builder.ToString();
    }
}
