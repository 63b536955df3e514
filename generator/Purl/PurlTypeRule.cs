namespace Steady.Purl;

/// <summary>The normalisation and validation rules of one registered package-URL type.</summary>
/// <param name="Namespace">Whether the type needs, allows or forbids a namespace.</param>
/// <param name="LowercaseNamespace">The namespace is case-insensitive; its canonical form is lowercase.</param>
/// <param name="LowercaseName">The name is case-insensitive; its canonical form is lowercase.</param>
internal sealed record PurlTypeRule(PurlNamespaceRule Namespace, bool LowercaseNamespace, bool LowercaseName);
