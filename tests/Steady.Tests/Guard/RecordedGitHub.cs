using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Steady.Tests.Guard;

/// <summary>
/// A local stand-in for the GitHub REST API on 127.0.0.1: serves recorded JSON for a pull request, its reviews and a user,
/// with placeholders for commit ids replaced per test, and remembers every request it got.
/// </summary>
public sealed class RecordedGitHub : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordedGitHub(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public ConcurrentQueue<(string Path, string? Authorization)> Requests { get; } = new();

    public static async Task<RecordedGitHub> StartAsync(IReadOnlyDictionary<string, string> placeholders)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        RecordedGitHub? server = null;
        var recorded = Path.Combine(Golden.RepositoryRoot, "tests", "Steady.Tests", "Guard", "Recorded");

        // Octokit puts GitHub Enterprise paths under /api/v3/ when the host is not api.github.com; serve both.
        foreach (var prefix in new[] { "", "/api/v3" })
        {
            var group = app.MapGroup(prefix);
            group.MapGet("/repos/{owner}/{repo}/pulls/{number:int}", (int number, HttpContext http) => Serve(http, $"pull-{number}.json"));
            group.MapGet("/repos/{owner}/{repo}/pulls/{number:int}/reviews", (int number, HttpContext http) => Serve(http, $"reviews-{number}.json"));
            group.MapGet("/users/{login}", (string login, HttpContext http) => Serve(http, $"user-{login.ToLowerInvariant()}.json"));
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new RecordedGitHub(app, address);
        return server;

        IResult Serve(HttpContext http, string file)
        {
            server!.Requests.Enqueue((http.Request.Path.Value ?? "", http.Request.Headers.Authorization.ToString()));
            var path = Path.Combine(recorded, file);
            if (!File.Exists(path))
            {
                return Results.Json(new { message = "Not Found" }, statusCode: 404);
            }

            var json = File.ReadAllText(path);
            foreach (var (key, value) in placeholders)
            {
                json = json.Replace("{{" + key + "}}", value, StringComparison.Ordinal);
            }

            return Results.Text(json, "application/json");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
