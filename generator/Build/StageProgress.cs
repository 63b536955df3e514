namespace Steady.Build;

/// <summary>A stage that started (<see cref="Elapsed"/> null) or finished, for progress output.</summary>
public sealed record StageProgress(string Stage, TimeSpan? Elapsed);
