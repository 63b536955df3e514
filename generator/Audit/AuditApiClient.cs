using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Steady.Api;
using Steady.Cli;
using Steady.Model;
using Steady.Purl;
using Steady.Validate;

namespace Steady.Audit;

/// <summary>
/// Reads the registry from a published site's API (<c>full.json</c>) for <c>steady audit --api</c>. Answers are cached
/// with their ETag under the user's cache folder, so a CI job that runs often asks with <c>If-None-Match</c> and
/// downloads the registry only when it changed.
/// </summary>
public static class AuditApiClient
{
    /// <summary>Largest answer accepted.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static IReadOnlyList<AuditEntry> Load(string apiUrl, CancellationToken cancellationToken, HttpMessageHandler? handler = null)
    {
        var url = FullJsonUrl(apiUrl);
        var cache = CachePaths(url);
        var bytes = Fetch(url, cache, handler, cancellationToken);
        return Parse(bytes, url);
    }

    /// <summary>The <c>full.json</c> address under an API base; only https, or http to this machine.</summary>
    public static Uri FullJsonUrl(string apiUrl)
    {
        if (!Uri.TryCreate(apiUrl.EndsWith('/') ? apiUrl : apiUrl + "/", UriKind.Absolute, out var api) ||
            !(api.Scheme == Uri.UriSchemeHttps || (api.Scheme == Uri.UriSchemeHttp && api.IsLoopback)))
        {
            throw new UsageException($"--api '{apiUrl}' must be an https:// address such as https://org.github.io/registry/api/v1/");
        }

        return new Uri(api, ApiPaths.Full[ApiPaths.Root.Length..]);
    }

    private static byte[] Fetch(Uri url, (string Body, string ETag) cache, HttpMessageHandler? handler, CancellationToken cancellationToken)
    {
        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = TimeSpan.FromSeconds(60);
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"steady/{AuditRunner.ToolVersion}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        var cached = File.Exists(cache.Body) && File.Exists(cache.ETag);
        if (cached)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", File.ReadAllText(cache.ETag).Trim());
        }

        HttpResponseMessage response;
        try
        {
            response = client.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw new UsageException($"could not reach {url} ({ex.Message}); check the network, or audit against a local registry with --registry");
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotModified && cached)
            {
                return File.ReadAllBytes(cache.Body);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new UsageException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}; is --api the address of a Steady site's api/v1/ folder?");
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw new UsageException($"{url} is larger than {MaxBytes:N0} bytes");
            }

            var body = ReadCapped(response.Content.ReadAsStream(cancellationToken), url);
            if (response.Headers.ETag is { } etag)
            {
                Save(cache.Body, body);
                Save(cache.ETag, Encoding.UTF8.GetBytes(etag.ToString()));
            }

            return body;
        }
    }

    private static byte[] ReadCapped(Stream stream, Uri url)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > MaxBytes)
            {
                throw new UsageException($"{url} is larger than {MaxBytes:N0} bytes");
            }
        }

        return memory.ToArray();
    }

    private static IReadOnlyList<AuditEntry> Parse(byte[] bytes, Uri url)
    {
        ApiEnvelope<IReadOnlyList<ApiProject>>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(bytes, ApiJson.TypeInfo<ApiEnvelope<IReadOnlyList<ApiProject>>>());
        }
        catch (JsonException ex)
        {
            throw new UsageException($"{url} is not a registry full.json: {ex.Message}");
        }

        if (envelope?.Result is null)
        {
            throw new UsageException($"{url} is not a registry full.json: it has no result");
        }

        return envelope.Result.Select(p => new AuditEntry(
            p.Slug,
            p.Name,
            p.Links.Page,
            p.Packages.Select(s => PackageUrl.TryParse(s, out var purl, out _) ? purl : null).OfType<PackageUrl>().ToArray(),
            p.Repository,
            Vocabulary.Name(p.Status.State),
            p.Signals.Caution.Level switch
            {
                CautionLevel.High => AuditCautionLevel.High,
                CautionLevel.Elevated => AuditCautionLevel.Elevated,
                _ => AuditCautionLevel.None,
            },
            p.Signals.Caution.Reasons.Select(r => r.Text).ToArray(),
            p.InterimStewards.Select(s => new AuditSteward(s.Github, s.Powers.Select(Vocabulary.Name).ToArray())).ToArray(),
            p.HelpWanted.Select(h => new AuditHelpWanted(Vocabulary.Name(h.Kind), h.Summary)).ToArray())).ToArray();
    }

    /// <summary>Cache files for one URL: <c>$STEADY_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/steady</c>, else <c>~/.cache/steady</c>.</summary>
    private static (string Body, string ETag) CachePaths(Uri url)
    {
        var root = Environment.GetEnvironmentVariable("STEADY_CACHE_DIR");
        if (string.IsNullOrEmpty(root))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            root = Path.Combine(string.IsNullOrEmpty(xdg)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
                : xdg, "steady");
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.AbsoluteUri)))[..32];
        var dir = Path.Combine(root, "api");
        return (Path.Combine(dir, key + ".json"), Path.Combine(dir, key + ".etag"));
    }

    private static void Save(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + Environment.ProcessId;
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
