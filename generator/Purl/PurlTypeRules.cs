using System.Collections.Frozen;
using System.Text;

namespace Steady.Purl;

/// <summary>
/// Per-type rules of the registered package-URL types (the purl-spec type definitions):
/// which types need or forbid a namespace and which fold namespace or name to lowercase.
/// Types without an entry follow the generic rules only.
/// </summary>
internal static class PurlTypeRules
{
    private static readonly FrozenDictionary<string, PurlTypeRule> Rules = new Dictionary<string, PurlTypeRule>(StringComparer.Ordinal)
    {
        ["alpm"] = new(PurlNamespaceRule.Required, true, true),
        ["apk"] = new(PurlNamespaceRule.Required, true, true),
        ["bitbucket"] = new(PurlNamespaceRule.Required, true, true),
        ["bitnami"] = new(PurlNamespaceRule.Prohibited, false, true),
        ["cargo"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["cocoapods"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["composer"] = new(PurlNamespaceRule.Required, true, true),
        ["conda"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["cran"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["deb"] = new(PurlNamespaceRule.Required, true, true),
        ["gem"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["github"] = new(PurlNamespaceRule.Required, true, true),
        ["gitlab"] = new(PurlNamespaceRule.Optional, true, true),
        ["golang"] = new(PurlNamespaceRule.Required, false, false),
        ["hackage"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["hex"] = new(PurlNamespaceRule.Optional, true, true),
        ["huggingface"] = new(PurlNamespaceRule.Required, false, false),
        ["luarocks"] = new(PurlNamespaceRule.Optional, true, true),
        ["maven"] = new(PurlNamespaceRule.Required, false, false),
        ["mlflow"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["npm"] = new(PurlNamespaceRule.Optional, true, true),
        ["nuget"] = new(PurlNamespaceRule.Prohibited, false, false),
        ["oci"] = new(PurlNamespaceRule.Prohibited, false, true),
        ["pub"] = new(PurlNamespaceRule.Prohibited, false, true),
        ["pypi"] = new(PurlNamespaceRule.Prohibited, false, true),
        ["qpkg"] = new(PurlNamespaceRule.Required, true, true),
        ["rpm"] = new(PurlNamespaceRule.Required, true, false),
        ["swift"] = new(PurlNamespaceRule.Required, false, false),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The rule of <paramref name="type"/> (lowercase), or null when the type has no specific rule.</summary>
    public static PurlTypeRule? Find(string type) => Rules.GetValueOrDefault(type);

    /// <summary>Applies the type's case folding and name normalisation to one namespace segment.</summary>
    public static string NormalizeNamespaceSegment(string type, string segment) =>
        Find(type) is { LowercaseNamespace: true } ? segment.ToLowerInvariant() : segment;

    /// <summary>Applies the type's case folding and name normalisation to the name.</summary>
    public static string NormalizeName(string type, string name)
    {
        var rule = Find(type);
        var folded = rule is { LowercaseName: true } ? name.ToLowerInvariant() : name;
        return type == "pypi" ? NormalizePythonName(folded) : folded;
    }

    /// <summary>PEP 503 name normalisation: every run of <c>-</c>, <c>_</c> and <c>.</c> becomes one <c>-</c>.</summary>
    private static string NormalizePythonName(string name)
    {
        var builder = new StringBuilder(name.Length);
        var inRun = false;
        foreach (var c in name)
        {
            if (c is '-' or '_' or '.')
            {
                if (!inRun)
                {
                    builder.Append('-');
                }

                inRun = true;
                continue;
            }

            inRun = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
