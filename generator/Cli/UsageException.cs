namespace Steady.Cli;

/// <summary>A problem with how the program was called; exits with <see cref="ExitCodes.Usage"/> and a plain message.</summary>
public sealed class UsageException(string message) : Exception(message);
