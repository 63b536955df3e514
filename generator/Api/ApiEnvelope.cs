using System.ComponentModel;

namespace Steady.Api;

/// <summary>The envelope of every API file.</summary>
/// <typeparam name="T">The type of <see cref="Result"/>.</typeparam>
public sealed record ApiEnvelope<T>(
    [property: Description("Version of this file's schema; it changes only when a field is removed or changes meaning.")] int SchemaVersion,
    [property: Description("The as-of date the registry's signals were computed for (YYYY-MM-DD).")] DateOnly GeneratedAt,
    [property: Description("How many entries the result holds (1 for a single project).")] int Total,
    T Result);
