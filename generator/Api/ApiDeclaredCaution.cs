using Steady.Model;

namespace Steady.Api;

/// <summary>Caution declared in an entry.</summary>
public sealed record ApiDeclaredCaution(CautionLevel Level, string? Reason);
