namespace Steady.Synthetic.Model;

public sealed record SyntheticSponsor(string Slug, string Name, string Url, string Kind);
