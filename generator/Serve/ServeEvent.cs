namespace Steady.Serve;

/// <summary>One server-sent event: <c>reload</c> (the page changed) or <c>failed</c> (the rebuild failed; the data lists why).</summary>
internal sealed record ServeEvent(string Name, string Data)
{
    /// <summary>The event in the <c>text/event-stream</c> format: one <c>data:</c> line per line of data.</summary>
    public string ToWire()
    {
        var lines = Data.ReplaceLineEndings("\n").Split('\n').Select(l => "data: " + l);
        return $"event: {Name}\n{string.Join('\n', lines)}\n\n";
    }
}
