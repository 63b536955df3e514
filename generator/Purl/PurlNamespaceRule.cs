namespace Steady.Purl;

/// <summary>Whether a package-URL type needs, allows or forbids a namespace.</summary>
internal enum PurlNamespaceRule
{
    /// <summary>The namespace may be present or absent.</summary>
    Optional,

    /// <summary>The namespace must be present (for example the GitHub owner).</summary>
    Required,

    /// <summary>The namespace must be absent (for example NuGet or PyPI).</summary>
    Prohibited,
}
