using Microsoft.Extensions.Hosting;

namespace Steady.Serve;

/// <summary>
/// A host lifetime that neither prints nor listens for Ctrl+C: <c>steady serve</c> handles the signals itself and
/// stops the server, the watcher and the rebuilds in order.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
