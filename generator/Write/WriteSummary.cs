namespace Steady.Write;

/// <summary>What a sink did: files written anew, files kept from the previous output, and bytes in total.</summary>
public sealed record WriteSummary(int Written, int Unchanged, long Bytes)
{
    public int Files => Written + Unchanged;
}
