using Steady.Enrich;
using Steady.Load;
using Steady.Tests.Workflows;

namespace Steady.Tests.Enrich;

/// <summary>
/// A copy of the fixture registry in a temporary folder, a fake GitHub serving its data and a way to run the enricher
/// against it with a fixed clock and short timeouts.
/// </summary>
internal sealed class EnrichRun : IAsyncDisposable
{
    public static readonly DateOnly AsOf = new(2026, 11, 27);

    public static readonly DateTimeOffset FirstFetch = new(2026, 11, 27, 6, 0, 0, TimeSpan.Zero);

    private EnrichRun(string registry, FakeGitHub github)
    {
        Registry = registry;
        GitHub = github;
    }

    public string Registry { get; }

    public FakeGitHub GitHub { get; }

    public string Output => EnrichmentStore.Folder(Registry);

    public List<string> Notices { get; } = [];

    public static async Task<EnrichRun> StartAsync()
    {
        var registry = Path.Combine(Path.GetTempPath(), "steady-enrich-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepositoryRoot.Combine("tests", "Fixtures", "enrich-registry"), registry);
        var github = await FakeGitHub.StartAsync();
        FixtureGitHub.Load(github);
        return new EnrichRun(registry, github);
    }

    public EnrichOptions Options(DateTimeOffset? clock = null, ClientPolicy? policy = null) => new()
    {
        RegistryDir = Registry,
        ApiUrl = GitHub.ApiUrl,
        Token = "test-token",
        Clock = () => clock ?? FirstFetch,
        Policy = policy ?? new ClientPolicy { RetryDelay = TimeSpan.FromMilliseconds(10), RequestTimeout = TimeSpan.FromSeconds(10) },
    };

    public Task<EnrichReport> RunAsync(DateTimeOffset? clock = null, ClientPolicy? policy = null)
    {
        var loaded = RegistryLoader.Load(Registry, "registry-data", AsOf);
        Assert.Empty(loaded.Diagnostics);
        var options = Options(clock, policy);
        var targets = Enricher.Targets(loaded.Registry, [], options.ApiUrl);
        return new Enricher(options).RunAsync(targets, new NoticeCollector(Notices), CancellationToken.None);
    }

    /// <summary>The enrichment files by name with their bytes (the cache folder excluded).</summary>
    public IReadOnlyDictionary<string, byte[]> Files() => Directory.Exists(Output)
        ? Directory.EnumerateFiles(Output).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes)
        : new Dictionary<string, byte[]>();

    public string FileText(string slug) => File.ReadAllText(Path.Combine(Output, slug + ".json"));

    public async ValueTask DisposeAsync()
    {
        await GitHub.DisposeAsync();
        try
        {
            Directory.Delete(Registry, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private sealed class NoticeCollector(List<string> notices) : IEnrichProgress
    {
        public void Started(EnrichTarget target, int index, int total)
        {
        }

        public void Finished(RepositoryOutcome outcome, int index, int total)
        {
        }

        public void Notice(string text)
        {
            lock (notices)
            {
                notices.Add(text);
            }
        }
    }
}
