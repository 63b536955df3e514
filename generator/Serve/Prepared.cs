using Steady.Diagnostics;

namespace Steady.Serve;

/// <summary>
/// The outcome of loading and validating the inputs: the inputs ready to render (null when there are errors), every
/// diagnostic, and how many registry files had to be read again.
/// </summary>
internal sealed record Prepared(LiveInputs? Inputs, IReadOnlyList<Diagnostic> Diagnostics, int FilesRead, TimeSpan Elapsed);
