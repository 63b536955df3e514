using Steady.Diagnostics;
using Steady.Model;

namespace Steady.Load;

/// <summary>The registry as read, the problems met while reading, and which entries could not be read whole.</summary>
public sealed record LoadResult(Registry Registry, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlySet<string> Damaged);
