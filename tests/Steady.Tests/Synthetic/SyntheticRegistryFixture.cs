using Steady.Synthetic;

namespace Steady.Tests.Synthetic;

/// <summary>One synthetic registry (with its Hugo content) shared by the tests of a class.</summary>
public sealed class SyntheticRegistryFixture : IDisposable
{
    public const int Count = 300;
    public const int Seed = 7;

    public SyntheticRegistryFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "steady-synthetic-" + Guid.NewGuid().ToString("N"));
        Summary = SyntheticRegistry.Write(Count, Seed, Registry, Hugo);
    }

    public string Root { get; }

    public string Registry => Path.Combine(Root, "registry");

    public string Hugo => Path.Combine(Root, "hugo");

    public SyntheticSummary Summary { get; }

    /// <summary>A fresh folder under <see cref="Root"/> for a test's own output.</summary>
    public string NewFolder(string name) => Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
