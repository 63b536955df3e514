namespace Steady.Plan.Models;

/// <summary>A page listing some projects: one state, one ecosystem, caution or help wanted.</summary>
public sealed record ListPageModel(string Kind, string Intro, IReadOnlyList<ProjectRow> Rows, string Empty, StateView? State = null);
