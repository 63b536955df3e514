namespace Steady.Guard;

/// <summary>How loud a flag is: GitHub annotation levels.</summary>
public enum FlagLevel
{
    Error,
    Warning,
    Notice,
}
