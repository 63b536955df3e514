namespace Steady.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The data is invalid, a check failed, or a change is not (yet) allowed.</summary>
    public const int Failed = 1;

    /// <summary>The command line or an input file could not be used.</summary>
    public const int Usage = 2;
}
