using System.Text.Json.Serialization;

namespace Steady.Model;

/// <summary>A value read from a registry file that remembers where it was written.</summary>
public abstract record Located
{
    /// <summary>Where the value starts in its file.</summary>
    [JsonIgnore]
    public SourceLocation At { get; init; }
}
