using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Steady.Api;
using Steady.Tests.Support;

namespace Steady.Tests.Audit;

/// <summary><c>steady audit</c> end to end: against a local registry and against a published site's API.</summary>
public sealed class AuditCommandTests
{
    private const string Sbom = "pkg:deb/debian/alpha-compress@1.2-3\npkg:npm/beta-http@2.0.0\npkg:pypi/not-in-registry@1.0\n";

    [Fact]
    public void A_dependency_on_a_project_under_caution_fails_the_job_with_its_reasons()
    {
        using var temp = new TempDirectory();
        var sbom = Path.Combine(temp.Path, "deps.txt");
        File.WriteAllText(sbom, Sbom);

        var (code, output) = CommandRunner.Run("audit", "--sbom", sbom, "--registry", TestPaths.FeedsRegistry,
            "--as-of", "2026-06-01", "--base-url", "https://org.example/registry/");

        Assert.Equal(1, code);
        Assert.Contains("alpha-compress", output);
        Assert.Contains("https://org.example/registry/projects/alpha-compress/", output);
        Assert.Contains("3 dependencies read, 2 matched", output);
    }

    [Fact]
    public void Fail_on_never_reports_but_passes()
    {
        using var temp = new TempDirectory();
        var sbom = Path.Combine(temp.Path, "deps.txt");
        File.WriteAllText(sbom, Sbom);

        var (code, _) = CommandRunner.Run("audit", "--sbom", sbom, "--registry", TestPaths.FeedsRegistry, "--as-of", "2026-06-01", "--fail-on", "never");

        Assert.Equal(0, code);
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("audit", "--sbom", "x.json", "--fail-on", "sometimes")]
    [InlineData("audit", "--sbom", "x.json", "--format", "pdf")]
    [InlineData("audit", "--sbom", "x.json", "--api", "http://registry.example/api/v1/")]
    [InlineData("audit", "--sbom", "x.json", "--api", "ftp://registry.example/api/v1/")]
    public void Usage_errors_exit_two(params string[] args) => Assert.Equal(2, CommandRunner.Run(args).ExitCode);

    [Fact]
    public async Task The_api_is_fetched_once_then_asked_conditionally_and_offline_is_a_clear_error()
    {
        using var temp = new TempDirectory();
        var sbom = Path.Combine(temp.Path, "deps.txt");
        File.WriteAllText(sbom, Sbom);
        var full = FeedsFixture.PublishAll().Files[ApiPaths.Full];
        var conditional = 0;
        var served = 0;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapGet("/registry/api/v1/full.json", (HttpContext http) =>
        {
            if (http.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                Interlocked.Increment(ref conditional);
                return Results.StatusCode(304);
            }

            Interlocked.Increment(ref served);
            http.Response.Headers.ETag = "\"v1\"";
            return Results.Bytes(full, "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var api = address.TrimEnd('/') + "/registry/api/v1/";

        var previous = Environment.GetEnvironmentVariable("STEADY_CACHE_DIR");
        Environment.SetEnvironmentVariable("STEADY_CACHE_DIR", Path.Combine(temp.Path, "cache"));
        try
        {
            var first = CommandRunner.Run("audit", "--sbom", sbom, "--api", api, "--format", "json");
            var second = CommandRunner.Run("audit", "--sbom", sbom, "--api", api, "--format", "json");
            Assert.Equal(1, first.ExitCode);
            Assert.Equal(first.Output, second.Output);
            Assert.Equal(1, served);
            Assert.Equal(1, conditional);
            using var report = JsonDocument.Parse(first.Output);
            Assert.Contains("alpha-compress", first.Output);

            await app.StopAsync();
            var offline = CommandRunner.Run("audit", "--sbom", sbom, "--api", api);
            Assert.Equal(2, offline.ExitCode);
            Assert.Contains("could not reach", offline.Output);
        }
        finally
        {
            Environment.SetEnvironmentVariable("STEADY_CACHE_DIR", previous);
        }
    }
}
