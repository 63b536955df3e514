namespace Steady.Model;

/// <summary>The shape a text value must have, checked by the loader and written into the JSON Schema.</summary>
public enum TextKind
{
    /// <summary>Absolute http(s) URL without credentials.</summary>
    Url,

    /// <summary>A GitHub login.</summary>
    GithubLogin,

    /// <summary>A registry slug: <c>^[a-z0-9][a-z0-9-]{0,62}$</c>.</summary>
    Slug,

    /// <summary>A registry slug or an http(s) URL.</summary>
    SlugOrUrl,

    /// <summary>An ISO 4217 currency code.</summary>
    Currency,

    /// <summary>A lowercase ecosystem name.</summary>
    Ecosystem,

    /// <summary>A package URL (purl).</summary>
    Purl,
}
