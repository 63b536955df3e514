namespace Steady.Validate;

/// <summary>What the cross-file rules compare of one entry: its packages as <see cref="CrossFileRules.PurlKey"/> gives them, and its repository as <see cref="CrossFileRules.RepositoryKey"/> does.</summary>
internal sealed record ProjectKeys(IReadOnlyList<string> Purls, string Repository)
{
    public static ProjectKeys Of(Model.Project project) =>
        new(project.Packages.Select(CrossFileRules.PurlKey).ToArray(), CrossFileRules.RepositoryKey(project.Repository));
}
