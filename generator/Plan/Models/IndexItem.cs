namespace Steady.Plan.Models;

/// <summary>An entry of an index page (states, ecosystems), with how many projects it has.</summary>
public sealed record IndexItem(string Label, string Url, int Count, string? Meaning);
