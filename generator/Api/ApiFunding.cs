namespace Steady.Api;

/// <summary>How a project is funded, as written in the entry.</summary>
public sealed record ApiFunding(ApiMoney? Goal, IReadOnlyList<ApiFundingChannel> Channels, IReadOnlyList<ApiFundingSource> Sources, string? Manifest);
