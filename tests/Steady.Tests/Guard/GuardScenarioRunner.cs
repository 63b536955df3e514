using Steady.Guard;
using Steady.Guard.Git;

namespace Steady.Tests.Guard;

/// <summary>Builds a scenario's git repository and runs the guard on it.</summary>
public static class GuardScenarioRunner
{
    public static readonly DateOnly AsOf = new(2026, 3, 1);

    public static readonly IReadOnlyList<string> Admins = ["repo-admin"];

    public static GuardReport Run(GuardScenario scenario)
    {
        using var repo = new TempGitRepository();
        FictionalRegistry.WriteBase(repo);
        scenario.Base?.Invoke(repo);
        var baseCommit = repo.Commit("base registry");
        var commits = new List<string>();
        foreach (var step in scenario.Steps)
        {
            step(repo);
            commits.Add(repo.Commit($"{scenario.Name}: step {commits.Count + 1}"));
        }

        var head = commits[^1];
        var reviews = (scenario.Approvals ?? [])
            .Select((a, i) => new ReviewRecord(a.Login, ReviewVerdict.Approved, a.Step < 0 ? head : commits[a.Step],
                new DateTimeOffset(2026, 2, 20, 12, 0, 0, TimeSpan.Zero).AddMinutes(i), i))
            .Concat(scenario.ExtraReviews ?? [])
            .ToArray();
        var request = new GuardRequest(baseCommit, head, head, scenario.Author,
            scenario.AccountAgeDays is { } days ? AsOf.AddDays(-days) : null, reviews, Admins, AsOf);

        var git = new GitRepository(new GitRunner(repo.Root));
        return GuardEngine.Evaluate(request, RegistryRevision.Read(git, baseCommit), RegistryRevision.Read(git, head), git.Diff(baseCommit, head));
    }
}
