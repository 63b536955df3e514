namespace Steady.Enrich;

/// <summary>
/// Reads every response body into memory up to a limit and fails the request beyond it, so a hostile or broken
/// server cannot make the client buffer an unbounded body (Octokit reads whole bodies as text).
/// </summary>
public sealed class BodyLimitHandler(long limit) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (response.Content.Headers.ContentLength > limit)
            {
                throw new ResponseTooLargeException(request.RequestUri, limit);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new ResponseTooLargeException(request.RequestUri, limit);
                }

                buffer.Write(chunk, 0, read);
            }

            var content = new ByteArrayContent(buffer.ToArray());
            foreach (var header in response.Content.Headers)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            var original = response.Content;
            response.Content = content;
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
