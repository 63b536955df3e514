namespace Steady.Tests.Serve;

/// <summary>Reads server-sent events with HttpClient: one open <c>/__steady/events</c> stream, read event by event, every read bounded by a timeout.</summary>
internal sealed class EventStreamReader : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Opens the stream of the page at <paramref name="pagePath"/> (as the reload script does) and waits until the server listens.</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient http, string origin, string pagePath, long? version = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var url = $"{origin}/__steady/events?page={Uri.EscapeDataString(pagePath)}" + (version is { } v ? $"&v={v}" : "");
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        return new EventStreamReader(response, reader);
    }

    /// <summary>The next event; throws when none comes within the timeout.</summary>
    public async Task<SseEvent> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? name = null;
        var data = new List<string>();
        try
        {
            while (true)
            {
                var line = await _reader.ReadLineAsync(cancel.Token) ?? throw new EndOfStreamException("the event stream ended");
                if (line.Length == 0)
                {
                    if (name is not null || data.Count > 0)
                    {
                        return new SseEvent(name ?? "message", string.Join('\n', data));
                    }
                }
                else if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line["data: ".Length..]);
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"no event within {timeout.TotalSeconds} s");
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
