using Steady.Write;

namespace Steady.Tests.Site;

public sealed class SitePathRulesTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("projects/zlib/index.html")]
    [InlineData("api/v1/projects/zlib.json")]
    [InlineData(".nojekyll")]
    [InlineData("a/.b/c...d/e..f")]
    [InlineData("é/日本/😀.html")]
    public void A_well_formed_path_has_no_problem(string path) => Assert.Null(SitePathRules.Problem(path));

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("/index.html", "it starts or ends with '/'")]
    [InlineData("projects/", "it starts or ends with '/'")]
    [InlineData("projects\\zlib", "it contains '\\', ':' or a control character")]
    [InlineData("c:/x", "it contains '\\', ':' or a control character")]
    [InlineData("a\tb", "it contains '\\', ':' or a control character")]
    [InlineData("a\u007Fb", "it contains '\\', ':' or a control character")]
    [InlineData("a\u0085b", "it contains '\\', ':' or a control character")]
    [InlineData("a//b", "it has an empty, '.' or '..' segment")]
    [InlineData("./a", "it has an empty, '.' or '..' segment")]
    [InlineData("a/./b", "it has an empty, '.' or '..' segment")]
    [InlineData("a/..", "it has an empty, '.' or '..' segment")]
    [InlineData("..", "it has an empty, '.' or '..' segment")]
    [InlineData(".", "it has an empty, '.' or '..' segment")]
    public void A_malformed_path_names_its_problem(string path, string problem)
    {
        Assert.Equal(problem, SitePathRules.Problem(path));
        var ex = Assert.Throws<ArgumentException>(() => SitePathRules.Check(path));
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_paths_are_judged_as_the_rules_say()
    {
        // The rules written plainly, as the reference for paths made of the characters that matter.
        static bool Allowed(string path) =>
            path.Length > 0 && path[0] != '/' && path[^1] != '/'
            && !path.Any(c => c is '\\' or ':' || char.IsControl(c))
            && path.Split('/').All(s => s is not ("" or "." or ".."));

        var random = new Random(20261128);
        const string alphabet = "ab./\\:\u0001\u009F\u00A0é";
        for (var i = 0; i < 20_000; i++)
        {
            var path = new string(Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.True(Allowed(path) == SitePathRules.Problem(path) is null, $"'{path}'");
        }
    }
}
