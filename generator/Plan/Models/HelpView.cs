namespace Steady.Plan.Models;

/// <summary>Help a project asks for.</summary>
public sealed record HelpView(string Kind, string Label, string Summary);
