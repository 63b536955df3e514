namespace Steady.Plan.Models;

/// <summary>A project state as shown: machine name (for classes and filters), label, meaning and its page.</summary>
public sealed record StateView(string Key, string Label, string Meaning, string Url);
