using Steady.Diagnostics;
using Steady.Tests.Support;

namespace Steady.Tests.Cli;

public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));

    [Fact]
    public void Readme_opens_with_the_two_commands()
    {
        var firstBlock = Readme[Readme.IndexOf("```", StringComparison.Ordinal)..];
        firstBlock = firstBlock[..firstBlock.IndexOf("```", 3, StringComparison.Ordinal)];
        Assert.Contains("dotnet run --project generator -- build", firstBlock);
        Assert.Contains("dotnet test", firstBlock);
    }

    [Fact]
    public void Readme_documents_every_diagnostic_code()
    {
        foreach (var (code, _) in DiagnosticCodes.All)
        {
            Assert.Contains($"| `{code}` |", Readme);
        }
    }
}
