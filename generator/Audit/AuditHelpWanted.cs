namespace Steady.Audit;

/// <summary>One open call for help on a project.</summary>
/// <param name="Kind">co-maintainer, reviewer, security-triage, release-manager, funding or infrastructure.</param>
/// <param name="Summary">One line on what is needed.</param>
public sealed record AuditHelpWanted(string Kind, string Summary);
