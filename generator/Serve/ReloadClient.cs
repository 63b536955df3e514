using System.Threading.Channels;

namespace Steady.Serve;

/// <summary>One open page listening on <c>/__steady/events</c>: the site path it shows, the generation it was served at, and its queue of events.</summary>
internal sealed class ReloadClient(string sitePath, long generation)
{
    private readonly Channel<ServeEvent> _events = Channel.CreateBounded<ServeEvent>(
        new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public string SitePath => sitePath;

    /// <summary>The generation the page is known to be at; raised when it is told to reload, so it is told once.</summary>
    public long Generation { get; set; } = generation;

    public ChannelReader<ServeEvent> Events => _events.Reader;

    public void Send(ServeEvent e) => _events.Writer.TryWrite(e);

    public void Close() => _events.Writer.TryComplete();
}
