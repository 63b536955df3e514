using Steady.Model;

namespace Steady.Api;

/// <summary>Help a project asks for.</summary>
public sealed record ApiHelpWanted(HelpKind Kind, string Summary);
