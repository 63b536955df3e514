using System.Text;

namespace Steady.Purl;

/// <summary>Writes the canonical text of a <see cref="PackageUrl"/>.</summary>
internal static class PurlFormatter
{
    public static string Format(PackageUrl purl, bool includeDetails)
    {
        var builder = new StringBuilder("pkg:", 64);
        builder.Append(purl.Type).Append('/');
        if (!string.IsNullOrEmpty(purl.Namespace))
        {
            var first = true;
            foreach (var segment in purl.Namespace.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!first)
                {
                    builder.Append('/');
                }

                builder.Append(PurlEncoding.Encode(segment, keepSlash: false));
                first = false;
            }

            builder.Append('/');
        }

        builder.Append(PurlEncoding.Encode(purl.Name, keepSlash: false));
        if (!includeDetails)
        {
            return builder.ToString();
        }

        if (!string.IsNullOrEmpty(purl.Version))
        {
            builder.Append('@').Append(PurlEncoding.Encode(purl.Version, keepSlash: false));
        }

        var separator = '?';
        if (purl.Qualifiers.Count > 0)
        {
            foreach (var (key, value) in purl.Qualifiers.Where(q => q.Value.Length > 0).OrderBy(q => q.Key, StringComparer.Ordinal))
            {
                builder.Append(separator).Append(key).Append('=').Append(PurlEncoding.Encode(value, keepSlash: true));
                separator = '&';
            }
        }

        if (!string.IsNullOrEmpty(purl.Subpath))
        {
            var segments = purl.Subpath.Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Where(s => s is not "." and not "..")
                .Select(s => PurlEncoding.Encode(s, keepSlash: false))
                .ToList();
            if (segments.Count > 0)
            {
                builder.Append('#').AppendJoin('/', segments);
            }
        }

        return builder.ToString();
    }
}
