using Steady.Diagnostics;

namespace Steady.Validate;

/// <summary>What <see cref="RegistryValidator.ValidateFolder"/> found: how many entries of each kind, and every problem, sorted.</summary>
public sealed record FolderValidation(int Projects, int Stewards, int Sponsors, IReadOnlyList<Diagnostic> Diagnostics);
