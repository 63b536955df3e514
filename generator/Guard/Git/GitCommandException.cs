namespace Steady.Guard.Git;

/// <summary>A git command failed or its output could not be read; the guard cannot decide without it.</summary>
public sealed class GitCommandException(string message) : Exception(message);
