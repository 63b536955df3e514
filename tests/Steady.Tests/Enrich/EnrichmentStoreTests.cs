using Steady.Cli;
using Steady.Enrich;

namespace Steady.Tests.Enrich;

/// <summary>Reading enrichment files for the build: optional, and strict about what is there.</summary>
public sealed class EnrichmentStoreTests : IDisposable
{
    private readonly string _registry = Path.Combine(Path.GetTempPath(), "steady-store-" + Guid.NewGuid().ToString("N"));

    private string Folder => EnrichmentStore.Folder(_registry);

    [Fact]
    public void A_missing_folder_means_no_enrichment()
    {
        var lookup = EnrichmentStore.Load(_registry);

        Assert.Null(lookup("libalpha"));
    }

    [Fact]
    public void A_golden_file_reads_into_the_signals_record()
    {
        Directory.CreateDirectory(Folder);
        File.Copy(Workflows.RepositoryRoot.Combine("tests", "Golden", "enrich", "betatool.json"), Path.Combine(Folder, "betatool.json"));
        Directory.CreateDirectory(Path.Combine(Folder, ".cache"));
        File.WriteAllText(Path.Combine(Folder, ".cache", "junk.json"), "not read");

        var lookup = EnrichmentStore.Load(_registry);

        var beta = lookup("betatool");
        Assert.NotNull(beta);
        Assert.True(beta.Archived);
        Assert.Equal("v2.0.0", beta.LatestReleaseTag);
        Assert.Equal(new DateOnly(2026, 11, 2), beta.LatestReleaseDate);
        Assert.Equal("mallory-x", beta.LatestReleaseAuthor);
        Assert.Equal(["https://ko-fi.com/beta-lead", "https://liberapay.com/betatool"], beta.FundingUrls);
        Assert.Null(lookup("gammadb"));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("""{"schema_version": 2}""", "schema_version 2 is not known")]
    [InlineData("""{"schema_version": 1, "archived": "yes"}""", "is missing")]
    public void A_malformed_file_is_a_clear_error_naming_the_file(string text, string expected)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, "broken.json"), text);

        var error = Assert.Throws<UsageException>(() => EnrichmentStore.Load(_registry));

        Assert.Contains("enrichment/broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("steady enrich", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_is_named()
    {
        Directory.CreateDirectory(Folder);
        var golden = File.ReadAllText(Workflows.RepositoryRoot.Combine("tests", "Golden", "enrich", "betatool.json"));
        File.WriteAllText(Path.Combine(Folder, "betatool.json"), golden.Replace("\"archived\": true", "\"archived\": \"yes\"", StringComparison.Ordinal));

        var error = Assert.Throws<UsageException>(() => EnrichmentStore.Load(_registry));

        Assert.Contains("betatool.json: archived is a text, expected a true/false value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_files_read_back_the_same()
    {
        var golden = File.ReadAllBytes(Workflows.RepositoryRoot.Combine("tests", "Golden", "enrich", "libalpha.json"));

        var data = EnrichmentJson.Read(golden, "libalpha.json");

        Assert.Equal(golden, EnrichmentJson.Write(data));
    }

    public void Dispose()
    {
        if (Directory.Exists(_registry))
        {
            Directory.Delete(_registry, recursive: true);
        }
    }
}
