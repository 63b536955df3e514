namespace Steady.Guard;

/// <summary>The guard could not read what it was asked to judge (a commit, the repository, the pull request).</summary>
public sealed class GuardInputException(string message) : Exception(message);
