using Steady.Model;

namespace Steady.Api;

/// <summary>A registry steward keeping a project steady; a release by one without <c>release</c> power is suspicious.</summary>
public sealed record ApiInterimSteward(string Github, DateOnly Since, IReadOnlyList<StewardPower> Powers);
