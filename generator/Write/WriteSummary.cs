namespace Steady.Write;

/// <summary>
/// What a sink did: files written anew, files kept from the previous output, and bytes in total. <see cref="Shared"/>
/// counts the written files that are links to an identical file written earlier in the same build.
/// </summary>
public sealed record WriteSummary(int Written, int Unchanged, long Bytes, int Shared = 0)
{
    public int Files => Written + Unchanged;
}
