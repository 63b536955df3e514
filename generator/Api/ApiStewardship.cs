using Steady.Model;

namespace Steady.Api;

/// <summary>A project a steward keeps steady, with the powers they hold there.</summary>
public sealed record ApiStewardship(string Project, DateOnly Since, IReadOnlyList<StewardPower> Powers);
