namespace Steady.Enrich;

/// <summary>A request still failed (server error, timeout, no connection) after the bounded retries.</summary>
public sealed class RequestFailedException(string message, Exception? inner = null) : Exception(message, inner);
