namespace Steady.Enrich;

/// <summary>A response body was larger than the client accepts; it was not read.</summary>
public sealed class ResponseTooLargeException(Uri? requestUri, long limit)
    : Exception($"the response to {requestUri?.AbsolutePath ?? "a request"} is larger than {limit:N0} bytes")
{
    public long Limit { get; } = limit;
}
