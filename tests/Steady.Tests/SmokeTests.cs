namespace Steady.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Version_is_set() => Assert.NotNull(typeof(Steady.Cli.SteadyApp).Assembly.GetName().Version);
}
