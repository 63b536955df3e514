using Steady.Model;

namespace Steady.Api;

/// <summary>A place where money can be given.</summary>
public sealed record ApiFundingChannel(FundingPlatform Platform, string Url);
