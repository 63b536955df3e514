namespace Steady.Tests.Serve;

/// <summary>One event read from <c>/__steady/events</c>.</summary>
internal sealed record SseEvent(string Name, string Data);
