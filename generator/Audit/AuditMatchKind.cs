namespace Steady.Audit;

/// <summary>How a dependency was matched to a registry project, strongest first.</summary>
public enum AuditMatchKind
{
    /// <summary>The dependency's canonical purl equals one of the project's purls.</summary>
    Exact,

    /// <summary>Same package (type, namespace, name); version, qualifiers and subpath differ.</summary>
    Package,

    /// <summary>Same source repository URL, after normalisation.</summary>
    Repository,
}
