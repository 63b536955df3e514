using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Steady.Tests.Site.Browser;

/// <summary>A Kestrel static file server for a built site on 127.0.0.1 with a free port, under the site's base path.</summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    /// <summary>Scheme, host and port, without a trailing slash.</summary>
    public string Origin { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder, string basePath)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var path = "/" + basePath.Trim('/');
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = path });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = path });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
