namespace Steady.Api;

/// <summary>One kind of API file: its schema name, its site path (with <c>{slug}</c> for per-project files) and its envelope type.</summary>
public sealed record ApiFile(string Name, string Path, Type EnvelopeType, string Description);
