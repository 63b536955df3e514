namespace Steady.Tests.Site;

/// <summary>The fictional registry of <c>tests/Fixtures/site-registry</c>, built once for the tests that read it.</summary>
public sealed class FixtureSite() : BuiltSite("site-registry");
