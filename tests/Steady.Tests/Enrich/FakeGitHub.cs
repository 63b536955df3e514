using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Steady.Tests.Enrich;

/// <summary>
/// A GitHub REST API stand-in on 127.0.0.1 (Kestrel, random port). It serves JSON documents by path with ETags and
/// answers <c>If-None-Match</c> with 304, like GitHub; a test can put a scripted handler in front of any path.
/// </summary>
internal sealed class FakeGitHub : IAsyncDisposable
{
    /// <summary>A scripted answer: gets the request and how often the path was asked (1 the first time); returns false to fall through to the document.</summary>
    public delegate Task<bool> Script(HttpContext context, int call);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Script> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    private FakeGitHub(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    public Uri ApiUrl { get; private set; } = null!;

    /// <summary>Every request in arrival order.</summary>
    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public static async Task<FakeGitHub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var fake = new FakeGitHub(builder.Build());
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>Serves <paramref name="json"/> at <paramref name="path"/> (e.g. <c>/repos/o/n</c>) with 200 and an ETag.</summary>
    public void Document(string path, string json) => _documents[path] = json;

    public bool HasDocument(string path) => _documents.ContainsKey(path);

    public void Remove(string path) => _documents.TryRemove(path, out _);

    public void Scripted(string path, Script script) => _scripts[path] = script;

    public int Calls(string path) => _calls.GetValueOrDefault(path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static Task Status(HttpContext context, int status, string? json = null, IDictionary<string, string>? headers = null)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json ?? $$"""{"message":"status {{status}}","documentation_url":"https://docs.github.com/rest"}""");
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var call = _calls.AddOrUpdate(path, 1, (_, n) => n + 1);
        Requests.Enqueue(new SeenRequest(path, context.Request.Headers.IfNoneMatch.ToString(), context.Request.Headers.Authorization.ToString()));
        if (_scripts.TryGetValue(path, out var script) && await script(context, call))
        {
            return;
        }

        if (!_documents.TryGetValue(path, out var json))
        {
            await Status(context, 404, """{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}""");
            return;
        }

        var etag = "W/\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..20] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers["x-ratelimit-limit"] = "5000";
        context.Response.Headers["x-ratelimit-remaining"] = "4999";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(json);
    }

    /// <summary>One request as the server saw it.</summary>
    public sealed record SeenRequest(string Path, string IfNoneMatch, string Authorization);
}
