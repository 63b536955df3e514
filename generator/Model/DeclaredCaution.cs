using System.ComponentModel;

namespace Steady.Model;

/// <summary>Downstream caution declared in the entry; the generator derives its own as well.</summary>
public sealed record DeclaredCaution : Located
{
    public required CautionLevel Level { get; init; }

    [Description("Why downstream consumers should take care.")]
    public string? Reason { get; init; }
}
