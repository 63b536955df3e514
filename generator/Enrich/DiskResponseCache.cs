using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace Steady.Enrich;

/// <summary>
/// Octokit's response cache kept on disk, one small JSON file per request, so that the next run sends
/// <c>If-None-Match</c> and GitHub answers <c>304 Not Modified</c> (which costs no rate limit) for what did not change.
/// Only successful text responses with an ETag are kept. A damaged cache file is a cache miss, never an error.
/// </summary>
public sealed class DiskResponseCache(string folder) : IResponseCache
{
    /// <summary>Largest cache file read back.</summary>
    private const int MaxFileBytes = 4 * 1024 * 1024;

    public Task<CachedResponse.V1> GetAsync(IRequest request)
    {
        var file = FileFor(request);
        CachedResponse.V1? found = null;
        try
        {
            if (File.Exists(file) && new FileInfo(file).Length <= MaxFileBytes)
            {
                found = Read(File.ReadAllBytes(file));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException)
        {
            found = null;
        }

        return Task.FromResult(found!);
    }

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        if (cachedResponse.StatusCode != HttpStatusCode.OK || cachedResponse.Body is not string body ||
            !cachedResponse.Headers.Any(h => string.Equals(h.Key, "ETag", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(h.Value)))
        {
            return Task.CompletedTask;
        }

        Directory.CreateDirectory(folder);
        var bytes = Write(cachedResponse, body);
        AtomicFile.Write(FileFor(request), bytes);
        return Task.CompletedTask;
    }

    /// <summary>The cache file of a request: a hash of its method, full address and accepted media type.</summary>
    private string FileFor(IRequest request)
    {
        var url = new Uri(request.BaseAddress, request.Endpoint).AbsoluteUri;
        request.Headers.TryGetValue("Accept", out var accept);
        var key = SHA256.HashData(Encoding.UTF8.GetBytes($"{request.Method.Method}\n{url}\n{accept}"));
        return Path.Combine(folder, Convert.ToHexStringLower(key) + ".json");
    }

    private static byte[] Write(CachedResponse.V1 response, string body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("status", (int)response.StatusCode);
            w.WriteString("content_type", response.ContentType);
            w.WriteStartObject("headers");
            foreach (var (name, value) in response.Headers.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                w.WriteString(name, value);
            }

            w.WriteEndObject();
            w.WriteString("body", body);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static CachedResponse.V1? Read(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.GetProperty("status").GetInt32() != (int)HttpStatusCode.OK)
        {
            return null;
        }

        var headers = root.GetProperty("headers").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
        return new CachedResponse.V1(
            root.GetProperty("body").GetString() ?? "",
            headers,
            null!,
            HttpStatusCode.OK,
            root.GetProperty("content_type").GetString()!);
    }
}
