using Steady.Guard;
using static Steady.Tests.Guard.FictionalRegistry;

namespace Steady.Tests.Guard;

/// <summary>Changes the corpus does not cover: odd files, symbolic links, bundles, files outside the registry.</summary>
public sealed class GuardEdgeTests
{
    private static GuardReport Run(string author, Action<TempGitRepository> head, params (string Login, int Step)[] approvals) =>
        GuardScenarioRunner.Run(new GuardScenario("edge", GuardDecision.Allowed, author, 400, [head], approvals));

    [Fact]
    public void A_change_outside_the_registry_is_allowed()
    {
        var report = Run("anyone", r => r.Write("content/about.md", "# About\n"));
        Assert.Equal(GuardDecision.Allowed, report.Decision);
        Assert.Empty(report.Checks);
    }

    [Fact]
    public void A_symbolic_link_in_projects_is_refused()
    {
        var report = Run("quill-lead", r => File.CreateSymbolicLink(Path.Combine(r.Root, "registry-data/projects/evil.yml"), "../stewards.yml"));
        Assert.Equal(GuardDecision.Refused, report.Decision);
        var check = Assert.Single(report.Checks);
        Assert.Equal(GuardRules.Unreadable.Id, check.Rule);
        Assert.Contains("symbolic link", check.Missing, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_file_whose_name_is_not_a_slug_is_refused()
    {
        var report = Run("quill-lead", r => r.Write("registry-data/projects/Evil Name.yml", QuillYaml));
        Assert.Equal(GuardDecision.Refused, report.Decision);
    }

    [Fact]
    public void A_project_file_that_is_not_yaml_is_refused()
    {
        var report = Run("quill-lead", r => r.Edit(Quill, "name: libquill", "name: [libquill"));
        Assert.Equal(GuardDecision.Refused, report.Decision);
        Assert.Equal(GuardRules.Unreadable.Id, Assert.Single(report.Checks).Rule);
    }

    [Fact]
    public void Stewards_file_bundled_with_an_entry_needs_an_admin()
    {
        var report = Run("steward-ana", r =>
        {
            r.Write(Stewards, StewardsYaml.Replace("areas: [c]", "areas: [c, rust]", StringComparison.Ordinal));
            r.Edit(Parse, "A small streaming parser", "A small, fast streaming parser");
        }, ("steward-ben", -1));
        Assert.Equal(GuardDecision.NeedsApproval, report.Decision);
        var open = Assert.Single(report.Checks, c => c.Outcome != CheckOutcome.Satisfied);
        Assert.Equal(GuardRules.CodeWithData.Id, open.Rule);
    }

    [Fact]
    public void A_sponsor_file_needs_a_steward()
    {
        var report = Run("acme-person", r => r.Write("registry-data/sponsors/acme.yml", "name: Acme\nurl: https://acme.example/\nkind: company\n"));
        Assert.Equal(GuardDecision.NeedsApproval, report.Decision);
        Assert.Equal(GuardRules.OtherText.Id, Assert.Single(report.Checks).Rule);
    }

    [Fact]
    public void Interim_stewards_are_protected()
    {
        var report = Run("mallory", r => r.Edit(Zap, "powers: [triage, review]", "powers: [triage, review, release]"));
        Assert.Equal(GuardDecision.NeedsApproval, report.Decision);
        Assert.Equal(GuardRules.Protected.Id, Assert.Single(report.Checks).Rule);
        Assert.Equal(ChangeArea.Stewards, Assert.Single(report.Changes).Fields.Single().Area);
    }

    [Fact]
    public void A_steward_maintained_project_allows_its_maintainer_alone()
    {
        var report = Run("zap-maint", r => r.Edit(Zap, "until: 2026-05-01", "until: 2026-07-01"));
        Assert.Equal(GuardDecision.Allowed, report.Decision);
    }

    [Fact]
    public void Moving_lines_without_changing_values_changes_nothing()
    {
        var report = Run("mallory", r => r.Edit(Quill, "name: libquill\nsummary: Compression library and tools for the fictional .qz format.\n",
            "summary: Compression library and tools for the fictional .qz format.\nname: libquill\n"));
        Assert.Equal(GuardDecision.Allowed, report.Decision);
        Assert.Empty(report.Checks);
        Assert.Equal(ChangeArea.Entry, Assert.Single(Assert.Single(report.Changes).Fields).Area);
    }

    [Fact]
    public void Removing_a_steward_needs_two_stewards()
    {
        var report = Run("steward-ana", r => r.Write(Stewards, StewardsYaml[..StewardsYaml.IndexOf("  - github: steward-cho", StringComparison.Ordinal)]));
        Assert.Equal(GuardDecision.NeedsApproval, report.Decision);
        Assert.Contains(report.Changes.Single().Fields, f => f.What.Contains("removed steward `steward-cho`", StringComparison.Ordinal));
    }
}
