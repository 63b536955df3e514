namespace Steady.Tests.Site;

/// <summary>The hostile registry of <c>tests/Fixtures/xss-registry</c>, built once.</summary>
public sealed class XssSite() : BuiltSite("xss-registry");
