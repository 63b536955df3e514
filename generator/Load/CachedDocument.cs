using Steady.Diagnostics;

namespace Steady.Load;

/// <summary>
/// One registry file as read: its value (null when it could not be read), the diagnostics of reading it, and whether
/// it was read only in part (such entries get only the cross-file checks).
/// </summary>
public sealed record CachedDocument<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics, bool Damaged)
    where T : class;
