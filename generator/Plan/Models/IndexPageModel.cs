namespace Steady.Plan.Models;

/// <summary>An index of states or ecosystems.</summary>
public sealed record IndexPageModel(string Intro, IReadOnlyList<IndexItem> Items);
