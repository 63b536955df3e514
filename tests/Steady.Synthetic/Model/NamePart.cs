namespace Steady.Synthetic.Model;

/// <summary>A first or last name as displayed, and its ASCII form used to build GitHub handles.</summary>
public sealed record NamePart(string Display, string Ascii);
