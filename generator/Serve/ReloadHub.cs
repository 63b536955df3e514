using System.Collections.Concurrent;

namespace Steady.Serve;

/// <summary>
/// The open pages, and the rule that tells them to reload: a page whose file changed after the generation it was
/// served at gets <c>reload</c>, or <c>failed</c> with the errors when the latest rebuild failed. Pages whose
/// files did not change are left alone. Thread-safe.
/// </summary>
internal sealed class ReloadHub(SiteState state)
{
    private readonly ConcurrentDictionary<ReloadClient, byte> _clients = new();
    private readonly Lock _lock = new();

    public int Count => _clients.Count;

    public ReloadClient Connect(string sitePath, long generation)
    {
        var client = new ReloadClient(sitePath, generation);
        _clients[client] = 0;
        Notify(client);
        return client;
    }

    public void Disconnect(ReloadClient client)
    {
        _clients.TryRemove(client, out _);
        client.Close();
    }

    /// <summary>Tells every out-of-date page to reload.</summary>
    public void NotifyAll()
    {
        foreach (var client in _clients.Keys)
        {
            Notify(client);
        }
    }

    /// <summary>Ends every event stream (the server is stopping).</summary>
    public void CloseAll()
    {
        foreach (var client in _clients.Keys)
        {
            Disconnect(client);
        }
    }

    private void Notify(ReloadClient client)
    {
        lock (_lock)
        {
            var generation = state.Generation;
            if (!state.ChangedSince(client.SitePath, client.Generation))
            {
                return;
            }

            client.Generation = generation;
            client.Send(state.Errors is { } errors
                ? new ServeEvent("failed", string.Join('\n', errors))
                : new ServeEvent("reload", client.SitePath));
        }
    }
}
