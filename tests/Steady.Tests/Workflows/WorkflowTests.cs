using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Steady.Tests.Workflows;

/// <summary>
/// The GitHub Actions workflows and CODEOWNERS keep the trust model: least-privilege tokens,
/// no pull request code next to a write token, and admins owning what decides trust.
/// actionlint (run by .ci/lint-workflows) checks the rest of their syntax and semantics.
/// </summary>
public sealed class WorkflowTests
{
    private const string Admins = "@steady-registry/admins";

    private static readonly Regex PinnedAction = new(
        @"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_./-]+)?@(?:v\d+(?:\.\d+){0,2}|[0-9a-f]{40})$",
        RegexOptions.CultureInvariant);

    private static string WorkflowFolder => RepositoryRoot.Combine(".github", "workflows");

    public static TheoryData<string> WorkflowFiles() => new(WorkflowFileNames());

    private static IEnumerable<string> WorkflowFileNames() => Directory.EnumerateFiles(WorkflowFolder)
        .Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(p => Path.GetFileName(p))
        .Order(StringComparer.Ordinal);

    private static Workflow Load(string fileName) => Workflow.Load(Path.Combine(WorkflowFolder, fileName));

    [Fact]
    public void The_four_workflows_exist()
    {
        Assert.Subset(WorkflowFileNames().ToHashSet(), new HashSet<string> { "pr.yml", "pr-comment.yml", "pages.yml", "enrich.yml" });
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Workflow_parses_as_yaml_with_a_name_triggers_and_jobs(string file)
    {
        var workflow = Load(file);

        Assert.False(string.IsNullOrWhiteSpace(workflow.Name));
        Assert.NotEmpty(workflow.Triggers);
        Assert.NotEmpty(workflow.Jobs);
        Assert.All(workflow.Jobs.Values, job => Assert.NotEmpty(Workflow.Steps(job)));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Workflow_level_permissions_are_explicit_and_grant_no_write(string file)
    {
        var workflow = Load(file);

        Assert.NotNull(workflow.Permissions);
        var permissions = Workflow.ReadPermissions(workflow.Permissions);
        Assert.All(permissions, p => Assert.Contains(p.Value, new[] { "read", "none" }));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_job_grants_its_own_permissions(string file)
    {
        var workflow = Load(file);

        Assert.All(workflow.Jobs, job =>
        {
            var own = Workflow.Child(job.Value, "permissions");
            Assert.True(own is YamlMappingNode, $"{file}: job {job.Key} has no permissions mapping of its own");
            Assert.DoesNotContain("*", Workflow.ReadPermissions(own).Keys);
        });
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void No_workflow_runs_on_pull_request_target(string file)
    {
        var workflow = Load(file);

        Assert.DoesNotContain("pull_request_target", workflow.Triggers);
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_action_is_pinned_to_a_version_tag_or_commit(string file)
    {
        var uses = Load(file).AllSteps
            .Select(step => Workflow.Scalar(step, "uses"))
            .OfType<string>()
            .Where(action => !action.StartsWith("./", StringComparison.Ordinal))
            .ToList();

        Assert.All(uses, action => Assert.Matches(PinnedAction, action));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Every_checkout_leaves_no_credentials_behind(string file)
    {
        var checkouts = Load(file).AllSteps
            .Where(step => Workflow.Scalar(step, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);

        Assert.All(checkouts, step =>
            Assert.Equal("false", Workflow.Child(step, "with") is YamlMappingNode with
                ? Workflow.Scalar(with, "persist-credentials")
                : null));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void No_script_interpolates_expressions(string file)
    {
        // Values reach scripts through env:, so no event field can become shell or JavaScript code.
        foreach (var step in Load(file).AllSteps)
        {
            var run = Workflow.Scalar(step, "run");
            var script = Workflow.Child(step, "with") is YamlMappingNode with ? Workflow.Scalar(with, "script") : null;
            Assert.DoesNotContain("${{", run ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("${{", script ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pull_request_checks_run_on_pull_request_with_a_read_only_token_and_no_secrets()
    {
        var workflow = Load("pr.yml");

        Assert.Contains("pull_request", workflow.Triggers);
        var job = Assert.Single(workflow.Jobs).Value;
        var permissions = workflow.EffectivePermissions(job);
        Assert.Equal("read", permissions["contents"]);
        Assert.Equal("read", permissions["pull-requests"]);
        Assert.All(permissions.Values, access => Assert.Contains(access, new[] { "read", "none" }));
        Assert.DoesNotMatch(@"\$\{\{[^}]*\bsecrets\b", File.ReadAllText(Path.Combine(WorkflowFolder, "pr.yml")));
    }

    [Fact]
    public void Pull_request_checks_validate_guard_build_check_and_upload_the_report()
    {
        var workflow = Load("pr.yml");
        var steps = Workflow.Steps(Assert.Single(workflow.Jobs).Value).ToList();
        var runs = steps.Select(s => Workflow.Scalar(s, "run") ?? "").ToList();

        var checkout = Assert.Single(steps, s => Workflow.Scalar(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
        Assert.Equal("0", Workflow.Scalar((YamlMappingNode)Workflow.Child(checkout, "with")!, "fetch-depth"));

        Assert.Contains(runs, r => r.Contains("-- validate --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- guard", StringComparison.Ordinal) && r.Contains("--format markdown", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- build --base-url", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("-- check --site _site", StringComparison.Ordinal));

        var upload = Assert.Single(steps, s => Workflow.Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("guard-report", Workflow.Scalar((YamlMappingNode)Workflow.Child(upload, "with")!, "name"));
        Assert.Contains("!cancelled()", Workflow.Scalar(upload, "if") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Report_comment_runs_on_workflow_run_of_the_checks_and_never_checks_out_code()
    {
        var workflow = Load("pr-comment.yml");
        var checks = Load("pr.yml");

        Assert.Equal(["workflow_run"], workflow.Triggers);
        var trigger = workflow.Trigger("workflow_run");
        Assert.NotNull(trigger);
        var watched = Assert.IsType<YamlSequenceNode>(Workflow.Child(trigger, "workflows"));
        Assert.Contains(checks.Name, watched.Children.OfType<YamlScalarNode>().Select(s => s.Value));
        var types = Assert.IsType<YamlSequenceNode>(Workflow.Child(trigger, "types"));
        Assert.Equal(["completed"], types.Children.OfType<YamlScalarNode>().Select(s => s.Value));

        var job = Assert.Single(workflow.Jobs).Value;
        Assert.Equal(
            new Dictionary<string, string> { ["actions"] = "read", ["pull-requests"] = "write" },
            workflow.EffectivePermissions(job));
        Assert.DoesNotContain(workflow.AllSteps, s => Workflow.Scalar(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Report_comment_treats_the_artifact_as_untrusted_data()
    {
        var steps = Load("pr-comment.yml").AllSteps.ToList();

        var download = Assert.Single(steps, s => Workflow.Scalar(s, "uses")?.StartsWith("actions/download-artifact@", StringComparison.Ordinal) == true);
        var downloadWith = (YamlMappingNode)Workflow.Child(download, "with")!;
        Assert.Equal("guard-report", Workflow.Scalar(downloadWith, "name"));
        Assert.Equal("${{ github.event.workflow_run.id }}", Workflow.Scalar(downloadWith, "run-id"));

        var post = Assert.Single(steps, s => Workflow.Scalar(s, "uses")?.StartsWith("actions/github-script@", StringComparison.Ordinal) == true);
        var script = Workflow.Scalar((YamlMappingNode)Workflow.Child(post, "with")!, "script") ?? "";
        Assert.Contains("/^[0-9]{1,9}$/", script, StringComparison.Ordinal);       // the number is digits only
        Assert.Contains("MAX_REPORT_BYTES", script, StringComparison.Ordinal);     // the report is size-capped
        Assert.Contains("RUN_HEAD_SHA", script, StringComparison.Ordinal);         // and must belong to the run's commit
    }

    [Fact]
    public void Pages_publishes_from_main_with_pages_and_id_token_write_in_the_github_pages_environment()
    {
        var workflow = Load("pages.yml");

        Assert.Contains("workflow_dispatch", workflow.Triggers);
        var push = workflow.Trigger("push");
        Assert.NotNull(push);
        var branches = Assert.IsType<YamlSequenceNode>(Workflow.Child(push, "branches"));
        Assert.Equal(["main"], branches.Children.OfType<YamlScalarNode>().Select(s => s.Value));
        Assert.NotNull(Workflow.Child(workflow.Root, "concurrency"));

        var deploy = Assert.Single(workflow.Jobs.Values, job => Workflow.Steps(job).Any(s =>
            Workflow.Scalar(s, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true));
        var permissions = workflow.EffectivePermissions(deploy);
        Assert.Equal("write", permissions["pages"]);
        Assert.Equal("write", permissions["id-token"]);
        var environment = Workflow.Child(deploy, "environment");
        var environmentName = environment is YamlMappingNode map ? Workflow.Scalar(map, "name") : (environment as YamlScalarNode)?.Value;
        Assert.Equal("github-pages", environmentName);

        Assert.All(workflow.Jobs.Values, job =>
            Assert.DoesNotContain(workflow.EffectivePermissions(job), p => p.Key == "contents" && p.Value == "write"));
    }

    [Fact]
    public void Pages_builds_with_the_configured_base_url_and_keeps_hidden_files()
    {
        var steps = Load("pages.yml").AllSteps.ToList();

        var configure = Assert.Single(steps, s => Workflow.Scalar(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        Assert.Equal("pages", Workflow.Scalar(configure, "id"));
        var build = Assert.Single(steps, s => (Workflow.Scalar(s, "run") ?? "").Contains("-- build --base-url", StringComparison.Ordinal));
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Workflow.Scalar((YamlMappingNode)Workflow.Child(build, "env")!, "BASE_URL"));

        // upload-pages-artifact leaves out dotfiles such as .nojekyll unless told otherwise.
        var upload = Assert.Single(steps, s => Workflow.Scalar(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        var with = (YamlMappingNode)Workflow.Child(upload, "with")!;
        Assert.Equal("true", Workflow.Scalar(with, "include-hidden-files"));
        Assert.Equal("_site", Workflow.Scalar(with, "path"));
    }

    [Fact]
    public void Enrichment_runs_weekly_and_may_only_push_and_open_pull_requests()
    {
        var workflow = Load("enrich.yml");

        Assert.Contains("workflow_dispatch", workflow.Triggers);
        var schedule = Assert.IsType<YamlSequenceNode>(Workflow.Child((YamlMappingNode)Workflow.Child(workflow.Root, "on")!, "schedule"));
        var cron = Assert.Single(schedule.Children.OfType<YamlMappingNode>().Select(entry => Workflow.Scalar(entry, "cron")));
        var fields = cron!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, fields.Length);
        Assert.Matches(@"^[0-6]$", fields[4]);   // one day of the week: weekly

        var job = Assert.Single(workflow.Jobs).Value;
        Assert.Equal(
            new Dictionary<string, string> { ["contents"] = "write", ["pull-requests"] = "write" },
            workflow.EffectivePermissions(job));
        Assert.Contains(Workflow.Steps(job), s => (Workflow.Scalar(s, "run") ?? "").Contains("-- enrich", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("registry-data/stewards.yml")]
    [InlineData(".github/CODEOWNERS")]
    [InlineData(".github/workflows/pr.yml")]
    [InlineData("generator/Program.cs")]
    [InlineData("generator/Guard/Rules.cs")]
    [InlineData("themes/default/layouts/page.scriban")]
    [InlineData("build.cake")]
    [InlineData(".ci/run")]
    public void Code_owners_give_trust_critical_paths_to_the_admins(string path)
    {
        var owners = CodeOwners.Load(RepositoryRoot.Combine(".github", "CODEOWNERS"));

        Assert.Contains(Admins, owners.OwnersOf(path));
    }
}
