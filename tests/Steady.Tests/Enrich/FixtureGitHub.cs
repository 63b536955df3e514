using System.Text;
using System.Text.Json;

namespace Steady.Tests.Enrich;

/// <summary>The GitHub data behind the fixture registry (tests/Fixtures/enrich-registry), loaded into a <see cref="FakeGitHub"/>.</summary>
internal static class FixtureGitHub
{
    public const string AlphaFunding = """
        # These are supported funding model platforms
        github: [alpha-lead, alpha-second]
        patreon: # Replace with a single Patreon username
        open_collective: libalpha
        tidelift: npm/libalpha
        custom: ["https://libalpha.example.org/donate", "paypal.me/libalpha", "javascript:alert(1)"]
        otechie: someone
        """;

    public const string BetaFunding = """
        liberapay: betatool
        ko_fi:
          - beta-lead
        """;

    public static void Load(FakeGitHub github)
    {
        github.Document("/repos/alpha-org/libalpha", Repository("alpha-org/libalpha", archived: false, "main", "2026-11-20T08:30:00Z", 1234, 56, "MIT"));
        github.Document("/repos/alpha-org/libalpha/releases/latest", Release("v1.4.2", "2026-10-01T12:00:00Z", "alpha-lead"));
        github.Document("/repos/alpha-org/libalpha/contents/.github/FUNDING.yml", Contents(".github/FUNDING.yml", AlphaFunding));
        github.Document("/users/alpha-lead", User("alpha-lead"));

        github.Document("/repos/beta-org/betatool", Repository("beta-org/betatool", archived: true, "trunk", "2026-11-02T09:00:00Z", 87, 3, "Apache-2.0"));
        github.Document("/repos/beta-org/betatool/releases/latest", Release("v2.0.0", "2026-11-02T09:15:00Z", "mallory-x"));
        github.Document("/repos/beta-org/betatool/contents/FUNDING.yml", Contents("FUNDING.yml", BetaFunding));
        github.Document("/users/beta-lead", User("beta-lead"));

        github.Document("/repos/gamma-org/gammadb", Repository("gamma-org/gammadb", archived: false, "master", "2025-01-10T17:45:00Z", 9, 0, null));
        github.Document("/users/gamma-lead", User("gamma-lead"));
    }

    public static string Repository(string fullName, bool archived, string branch, string pushedAt, int stars, int openIssues, string? spdx)
    {
        var (owner, name) = (fullName.Split('/')[0], fullName.Split('/')[1]);
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = Math.Abs(fullName.GetHashCode(StringComparison.Ordinal)),
            ["name"] = name,
            ["full_name"] = fullName,
            ["owner"] = new Dictionary<string, object> { ["login"] = owner, ["id"] = 1, ["type"] = "Organization" },
            ["html_url"] = $"https://github.com/{fullName}",
            ["archived"] = archived,
            ["default_branch"] = branch,
            ["pushed_at"] = pushedAt,
            ["created_at"] = "2015-01-01T00:00:00Z",
            ["updated_at"] = pushedAt,
            ["stargazers_count"] = stars,
            ["open_issues_count"] = openIssues,
            ["license"] = spdx is null ? null : new Dictionary<string, object> { ["key"] = spdx.ToLowerInvariant(), ["spdx_id"] = spdx, ["name"] = spdx },
        });
    }

    public static string Release(string tag, string publishedAt, string author) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = 42,
        ["tag_name"] = tag,
        ["name"] = tag,
        ["draft"] = false,
        ["prerelease"] = false,
        ["created_at"] = publishedAt,
        ["published_at"] = publishedAt,
        ["author"] = new Dictionary<string, object> { ["login"] = author, ["id"] = 7, ["type"] = "User" },
    });

    public static string Contents(string path, string text) => Contents(path, Encoding.UTF8.GetBytes(text));

    public static string Contents(string path, byte[] bytes)
    {
        var base64 = Convert.ToBase64String(bytes);
        var wrapped = string.Join("\n", base64.Chunk(60).Select(c => new string(c))) + "\n";
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = "file",
            ["encoding"] = "base64",
            ["size"] = bytes.Length,
            ["name"] = Path.GetFileName(path),
            ["path"] = path,
            ["sha"] = "0123456789abcdef0123456789abcdef01234567",
            ["content"] = wrapped,
        });
    }

    public static string User(string login) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["login"] = login,
        ["id"] = Math.Abs(login.GetHashCode(StringComparison.Ordinal)),
        ["type"] = "User",
    });
}
