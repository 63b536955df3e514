namespace Steady.Tests.Site;

/// <summary>The tests that read the fixture site share one build.</summary>
[CollectionDefinition(Name)]
public sealed class FixtureSiteCollection : ICollectionFixture<FixtureSite>
{
    public const string Name = "fixture site";
}
